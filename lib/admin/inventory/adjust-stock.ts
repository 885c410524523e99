// Moves on-hand stock by a signed amount in ONE conditional statement, so two adjustments at once both
// count and no adjustment can take stock below zero or below what pending orders hold. The movement row
// and the audit row commit in the same transaction, or nothing does.
import "server-only";
import { recordAudit } from "../../audit/record-audit";
import { withRetry } from "../../database/retry";
import { db } from "../../db";
import type { Refused, Result } from "../../result";
import type { AdjustStockInput } from "./adjust-stock-input";

export type AdjustStockResult = Result<
  { stock: number; reserved: number; movementId: string },
  | Refused<"NOT_FOUND">
  /** The change would leave fewer units on hand than pending orders hold (or fewer than zero). */
  | Refused<"BELOW_RESERVED", { onHand: number; reserved: number }>
>;

export async function adjustStock(input: AdjustStockInput, actorId: string): Promise<AdjustStockResult> {
  const { productId, delta, reason, note } = input;
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const [moved] = await tx.$queryRaw<{ stock: number; reserved: number }[]>`
        UPDATE "products" SET "stock" = "stock" + ${delta}, "updated_at" = now()
         WHERE "id" = ${productId} AND "stock" + ${delta} >= "reserved"
        RETURNING "stock", "reserved"`;
      if (!moved) {
        const current = await tx.product.findUnique({ where: { id: productId }, select: { stock: true, reserved: true } });
        if (!current) return { ok: false, code: "NOT_FOUND" } as const;
        return { ok: false, code: "BELOW_RESERVED", onHand: current.stock, reserved: current.reserved } as const;
      }
      const movement = await tx.inventoryMovement.create({ data: { productId, delta, reason, note, actorId } });
      await recordAudit(tx, {
        actorId,
        action: "stock.adjust",
        entityType: "product",
        entityId: productId,
        before: { stock: moved.stock - delta },
        after: { stock: moved.stock, delta, reason, note, movementId: movement.id },
      });
      return { ok: true, stock: moved.stock, reserved: moved.reserved, movementId: movement.id } as const;
    }),
  );
}
