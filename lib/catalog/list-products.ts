import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { findActiveProducts } from "./find-active-products";
import type { ProductSummary } from "./types";

/** Cached: invalidate with TAGS.products after any product or stock change. */
export async function listProducts(): Promise<ProductSummary[]> {
  "use cache";
  cacheTag(TAGS.products);
  cacheLife("days");
  return findActiveProducts();
}
