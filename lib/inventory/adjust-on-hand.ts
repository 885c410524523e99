// Staff move on-hand stock by a signed amount in ONE conditional statement, so two adjustments at once
// both count and none can take stock below zero or below what pending orders hold; the ledger row is
// written in the same transaction.
import type { MovementReason } from "../generated/prisma/client";
import type { StockChange, Tx } from "./stock-lines";

export type AdjustOnHandResult =
  | { ok: true; stock: number; reserved: number; movementId: string; change: StockChange }
  | { ok: false; code: "NOT_FOUND" }
  /** The change would leave fewer units on hand than pending orders hold (or fewer than zero). */
  | { ok: false; code: "BELOW_RESERVED"; onHand: number; reserved: number };

export async function adjustOnHand(
  tx: Tx,
  input: { productId: string; delta: number; reason: MovementReason; note: string | null; actorId: string | null },
): Promise<AdjustOnHandResult> {
  const { productId, delta } = input;
  const [moved] = await tx.$queryRaw<{ stock: number; reserved: number }[]>`
    UPDATE "products" SET "stock" = "stock" + ${delta}, "updated_at" = now()
     WHERE "id" = ${productId} AND "stock" + ${delta} >= "reserved"
    RETURNING "stock", "reserved"`;
  if (!moved) {
    const current = await tx.product.findUnique({ where: { id: productId }, select: { stock: true, reserved: true } });
    if (!current) return { ok: false, code: "NOT_FOUND" };
    return { ok: false, code: "BELOW_RESERVED", onHand: current.stock, reserved: current.reserved };
  }
  const movement = await tx.inventoryMovement.create({ data: { productId, delta, reason: input.reason, note: input.note, actorId: input.actorId } });
  const available = moved.stock - moved.reserved;
  return { ok: true, stock: moved.stock, reserved: moved.reserved, movementId: movement.id, change: { productId, availableBefore: available - delta, availableAfter: available } };
}
