import "server-only";
import { recordSwitch } from "../../audit/record-audit";
import { db } from "../../db";
import type { Result } from "../../result";
import type { ProductWriteRefusal } from "./types";

export type SetProductActiveResult = Result<{ slug: string; changed: boolean }, ProductWriteRefusal>;

/**
 * Archive (hide from the shop; carts holding it ask the shopper to remove it) or put back on sale.
 * Nothing is deleted: orders and the stock ledger keep pointing at the product.
 */
export async function setProductActive(id: string, active: boolean, actorId: string): Promise<SetProductActiveResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.product.findUnique({ where: { id }, select: { slug: true } });
    if (!current) return { ok: false, code: "NOT_FOUND" } as const;
    const changed = await tx.product.updateMany({ where: { id, active: !active }, data: { active } });
    if (changed.count === 0) return { ok: true, slug: current.slug, changed: false } as const;
    await recordSwitch(tx, { actorId, action: active ? "product.restore" : "product.archive", entityType: "product", entityId: id, field: "active", value: active });
    return { ok: true, slug: current.slug, changed: true } as const;
  });
}
