// Sold units come back on hand (a paid order cancelled before shipping, or a shopper's return received),
// with a RETURN row each.
import { inProductOrder, StockInvariantError, type StockChange, type StockLine, type Tx } from "./stock-lines";

export async function returnStock(tx: Tx, lines: readonly StockLine[], record: { orderId: string; actorId?: string | null; note: string }): Promise<StockChange[]> {
  const changes: StockChange[] = [];
  for (const line of inProductOrder(lines)) {
    const [row] = await tx.$queryRaw<{ available: number }[]>`
      UPDATE "products" SET "stock" = "stock" + ${line.quantity}, "updated_at" = now()
       WHERE "id" = ${line.productId}
      RETURNING ("stock" - "reserved")::int AS "available"`;
    if (!row) throw new StockInvariantError("return", line.productId);
    await tx.inventoryMovement.create({
      data: { productId: line.productId, delta: line.quantity, reason: "RETURN", orderId: record.orderId, actorId: record.actorId ?? null, note: record.note },
    });
    changes.push({ productId: line.productId, availableBefore: row.available - line.quantity, availableAfter: row.available });
  }
  return changes;
}
