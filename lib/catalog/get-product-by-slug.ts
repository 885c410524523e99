import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { findProductBySlug } from "./find-product-by-slug";
import type { ProductDetail } from "./types";

/** Cached: invalidate with TAGS.product(slug) (or TAGS.products); TAGS.articles refreshes the related guides. */
export async function getProductBySlug(slug: string): Promise<ProductDetail | null> {
  "use cache";
  cacheTag(TAGS.products, TAGS.product(slug), TAGS.articles);
  cacheLife("days");
  return findProductBySlug(slug);
}
