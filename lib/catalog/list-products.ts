import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { toProductSummary } from "./to-product";
import type { ProductSummary } from "./types";

/**
 * Products on sale in the shop, in the order the owner chose (then by name, so ties are stable).
 * Cached: invalidate with TAGS.products after any product or stock change.
 */
export async function listProducts(): Promise<ProductSummary[]> {
  "use cache";
  cacheTag(TAGS.products);
  cacheLife("days");
  const products = await db.product.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return products.map(toProductSummary);
}
