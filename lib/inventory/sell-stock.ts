// A payment turns a reservation into a sale: the units leave both `stock` and `reserved` (what can be
// sold does not change), with a SALE row in the ledger for each product.
import { inProductOrder, StockInvariantError, type StockLine, type Tx } from "./stock-lines";

export async function sellStock(tx: Tx, lines: readonly StockLine[], record: { orderId: string; note: string }): Promise<void> {
  for (const line of inProductOrder(lines)) {
    const sold = await tx.$executeRaw`
      UPDATE "products" SET "stock" = "stock" - ${line.quantity}, "reserved" = "reserved" - ${line.quantity}, "updated_at" = now()
       WHERE "id" = ${line.productId} AND "reserved" >= ${line.quantity} AND "stock" >= ${line.quantity}`;
    if (!sold) throw new StockInvariantError("sell", line.productId);
    await tx.inventoryMovement.create({ data: { productId: line.productId, delta: -line.quantity, reason: "SALE", orderId: record.orderId, note: record.note } });
  }
}
