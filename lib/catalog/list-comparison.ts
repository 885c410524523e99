import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { readSpecs, type ProductSpecs } from "./spec-keys";
import { toProductSummary } from "./to-product";
import type { ProductSummary } from "./types";

export type ComparedProduct = ProductSummary & { bestFor: string; specs: Partial<ProductSpecs> };

/**
 * The devices on sale side by side with their canonical specs, in the shop's order.
 * Cached: invalidate with TAGS.products after any product change.
 */
export async function listComparison(): Promise<ComparedProduct[]> {
  "use cache";
  cacheTag(TAGS.products);
  cacheLife("days");
  const products = await db.product.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  return products.map((product) => ({ ...toProductSummary(product), bestFor: product.bestFor, specs: readSpecs(product.specs) }));
}
