import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { toProductDetail } from "./to-product";
import type { ProductDetail } from "./types";

/** How many guides a product page links to. */
export const RELATED_ARTICLE_LIMIT = 4;

/**
 * An active product with its published guides (most relevant first), or null for unknown and hidden products.
 * Cached: invalidate with TAGS.product(slug) (or TAGS.products); TAGS.articles refreshes the related guides.
 */
export async function getProductBySlug(slug: string): Promise<ProductDetail | null> {
  "use cache";
  cacheTag(TAGS.products, TAGS.product(slug), TAGS.articles);
  cacheLife("days");
  const product = await db.product.findFirst({
    where: { slug, active: true },
    include: {
      articles: {
        where: { article: { published: true } },
        orderBy: [{ position: "asc" }, { article: { publishedAt: "desc" } }],
        take: RELATED_ARTICLE_LIMIT,
        select: { article: { select: { slug: true, title: true, summary: true } } },
      },
    },
  });
  if (!product) return null;
  const { articles, ...row } = product;
  return toProductDetail(
    row,
    articles.map(({ article }) => article),
  );
}
