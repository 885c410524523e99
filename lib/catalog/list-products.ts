import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { toProductSummary } from "./to-product";
import type { ProductSummary } from "./types";

export async function listProducts(): Promise<ProductSummary[]> {
  "use cache";
  cacheTag(TAGS.products);
  cacheLife("days");
  const products = await db.product.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
  return products.map(toProductSummary);
}
