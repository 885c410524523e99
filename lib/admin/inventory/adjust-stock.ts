// Staff move on-hand stock through the inventory module's one conditional statement; the movement row
// and the audit row commit in the same transaction, or nothing does.
import "server-only";
import { recordAudit } from "../../audit/record-audit";
import { withRetry } from "../../database/retry";
import { db } from "../../db";
import type { Refused, Result } from "../../result";
import { adjustOnHand } from "../../inventory/adjust-on-hand";
import { notifyBackInStockSafely } from "../../inventory/notify-back-in-stock";
import type { AdjustStockInput } from "./adjust-stock-input";

export type AdjustStockResult = Result<
  { stock: number; reserved: number; movementId: string },
  | Refused<"NOT_FOUND">
  /** The change would leave fewer units on hand than pending orders hold (or fewer than zero). */
  | Refused<"BELOW_RESERVED", { onHand: number; reserved: number }>
>;

export async function adjustStock(input: AdjustStockInput, actorId: string): Promise<AdjustStockResult> {
  const { productId, delta, reason, note } = input;
  const result = await withRetry(() =>
    db.$transaction(async (tx): Promise<AdjustStockResult> => {
      const moved = await adjustOnHand(tx, { productId, delta, reason, note, actorId });
      if (!moved.ok) return moved;
      await recordAudit(tx, {
        actorId,
        action: "stock.adjust",
        entityType: "product",
        entityId: productId,
        before: { stock: moved.stock - delta },
        after: { stock: moved.stock, delta, reason, note, movementId: moved.movementId },
      });
      return { ok: true, stock: moved.stock, reserved: moved.reserved, movementId: moved.movementId };
    }),
  );
  if (result.ok && delta > 0) await notifyBackInStockSafely(); // after the commit: the units are there to buy
  return result;
}
