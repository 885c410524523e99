// Gives a pending order's held units back (expiry, cancel, a replaced checkout).
import { inProductOrder, StockInvariantError, type StockChange, type StockLine, type Tx } from "./stock-lines";

export async function releaseStock(tx: Tx, lines: readonly StockLine[]): Promise<StockChange[]> {
  const changes: StockChange[] = [];
  for (const line of inProductOrder(lines)) {
    const [row] = await tx.$queryRaw<{ available: number }[]>`
      UPDATE "products" SET "reserved" = "reserved" - ${line.quantity}, "updated_at" = now()
       WHERE "id" = ${line.productId} AND "reserved" >= ${line.quantity}
      RETURNING ("stock" - "reserved")::int AS "available"`;
    if (!row) throw new StockInvariantError("release", line.productId);
    changes.push({ productId: line.productId, availableBefore: row.available - line.quantity, availableAfter: row.available });
  }
  return changes;
}
