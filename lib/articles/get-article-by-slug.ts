import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { isSlug } from "../slug";
import { extractHeadings } from "./headings";
import { rankRelated } from "./rank-related";
import { toArticleSummary, toRelatedDevice } from "./to-article";
import type { ArticleDetail } from "./types";

/**
 * A published article with its headings, its active devices (in the editor's order) and related reading.
 * Cached by tag: an article edit, any article change (related reading) or a product change refreshes it.
 */
export async function getArticleBySlug(slug: string): Promise<ArticleDetail | null> {
  "use cache";
  cacheTag(TAGS.articles, TAGS.article(slug), TAGS.products);
  cacheLife("days");
  if (!isSlug(slug, "article")) return null;
  const article = await db.article.findFirst({
    where: { slug, published: true },
    include: {
      products: {
        where: { product: { active: true } },
        orderBy: { position: "asc" },
        include: { product: true },
      },
    },
  });
  if (!article) return null;
  const others = await db.article.findMany({
    where: { published: true, slug: { not: slug }, topics: { hasSome: article.topics } },
  });
  return {
    ...toArticleSummary(article),
    body: article.body,
    headings: extractHeadings(article.body),
    devices: article.products.map((link) => toRelatedDevice(link.product)),
    related: rankRelated(article.topics, others.map(toArticleSummary)),
  };
}
