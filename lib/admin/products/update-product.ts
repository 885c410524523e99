import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db";
import type { ProductFieldsInput } from "./product-input";
import { productFields } from "./to-admin-product";
import type { Result } from "../../result";
import type { ProductFields, ProductWriteRefusal } from "./types";

export type UpdateProductResult = Result<{ slug: string; changed: boolean }, ProductWriteRefusal>;

/** Saves the editor's fields (not stock: that moves only through the inventory ledger); audits what changed. */
export async function updateProduct(id: string, input: ProductFieldsInput, actorId: string): Promise<UpdateProductResult> {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "products" WHERE "id" = ${id} FOR NO KEY UPDATE`;
    if (!locked) return { ok: false, code: "NOT_FOUND" } as const;
    const current = await tx.product.findUniqueOrThrow({ where: { id } });
    const after: ProductFields = {
      name: input.name,
      tagline: input.tagline,
      description: input.description,
      priceCents: input.priceCents,
      images: input.images,
      specs: input.specs,
      bestFor: input.bestFor,
      severity: input.severity,
      lowStockThreshold: input.lowStockThreshold,
      active: input.active,
    };
    const diff = changedOnly(productFields(current), after);
    if (Object.keys(diff.after).length === 0) return { ok: true, slug: current.slug, changed: false } as const;
    await tx.product.update({
      where: { id },
      data: { ...after, specs: after.specs as Prisma.InputJsonValue },
    });
    await recordAudit(tx, { actorId, action: "product.update", entityType: "product", entityId: id, ...diff });
    return { ok: true, slug: current.slug, changed: true } as const;
  });
}

/** Keeps the audit row readable: only the fields that moved, before and after. */
function changedOnly<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const was: Partial<T> = {};
  const now: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    was[key] = before[key];
    now[key] = after[key];
  }
  return { before: was, after: now };
}
