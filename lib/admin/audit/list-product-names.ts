import "server-only";
import { db } from "../../db";

/** Product id -> name, so audit records that name products by id read as names. */
export async function listProductNames(): Promise<Map<string, string>> {
  const products = await db.product.findMany({ select: { id: true, name: true } });
  return new Map(products.map((product) => [product.id, product.name]));
}
