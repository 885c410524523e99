import "server-only";
import { db } from "../db";
import { toProductSummary } from "./to-product";
import type { ProductSummary } from "./types";

/** Products on sale in the shop, in the order the owner chose (then by name, so ties are stable). */
export async function findActiveProducts(): Promise<ProductSummary[]> {
  const products = await db.product.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return products.map(toProductSummary);
}
