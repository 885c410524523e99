import "server-only";
import { db } from "../../db";
import { listMovements } from "./list-movements";
import { movementsCsv } from "./movements-csv";

export type MovementsExport = { filename: string; csv: string };

/** The whole ledger of one product as a CSV file, oldest first; null for an unknown product. */
export async function exportMovements(productId: string, now = new Date()): Promise<MovementsExport | null> {
  const product = await db.product.findUnique({ where: { id: productId }, select: { sku: true, slug: true } });
  if (!product) return null;
  const rows = (await listMovements(productId)).reverse();
  return { filename: `stock-${product.slug}-${now.toISOString().slice(0, 10)}.csv`, csv: movementsCsv(product.sku, rows) };
}
