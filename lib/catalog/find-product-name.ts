import "server-only";
import { db } from "../db";

/** The product's name for a sentence about it (archived products too), or null for an unknown id. */
export async function findProductName(id: string): Promise<string | null> {
  return (await db.product.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}
