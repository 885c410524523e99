import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { toProductDetail } from "./to-product";
import type { ProductDetail } from "./types";

export async function getProductBySlug(slug: string): Promise<ProductDetail | null> {
  "use cache";
  cacheTag(TAGS.products, TAGS.product(slug));
  cacheLife("days");
  const product = await db.product.findFirst({ where: { slug, active: true } });
  return product ? toProductDetail(product) : null;
}
