// Devices whose sellable units (on hand minus held by pending orders) are at or below their threshold.
import "server-only";
import { db } from "../../db";

export type LowStockProduct = { id: string; name: string; sku: string; stock: number; reserved: number; available: number; threshold: number };

export async function findLowStockProducts(): Promise<LowStockProduct[]> {
  const rows = await db.$queryRaw<{ id: string; name: string; sku: string; stock: number; reserved: number; threshold: number }[]>`
    SELECT "id", "name", "sku", "stock", "reserved", "low_stock_threshold" AS "threshold"
      FROM "products"
     WHERE "active" AND "stock" - "reserved" <= "low_stock_threshold"
     ORDER BY "stock" - "reserved" ASC, "sort_order" ASC`;
  return rows.map((row) => ({ ...row, available: row.stock - row.reserved }));
}
