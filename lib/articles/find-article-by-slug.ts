import "server-only";
import { db } from "../db";
import { extractHeadings } from "./headings";
import { rankRelated } from "./rank-related";
import { toArticleSummary, toRelatedDevice } from "./to-article";
import type { ArticleDetail } from "./types";

/** Slugs are short kebab-case words; anything else cannot name an article. */
export const ARTICLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 120;

/** Whether `slug` can name an article at all (checked before any cache or database read). */
export function isArticleSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && ARTICLE_SLUG.test(slug);
}

/** A published article with its headings, its active devices (in the editor's order) and related reading. */
export async function findArticleBySlug(slug: string): Promise<ArticleDetail | null> {
  if (!isArticleSlug(slug)) return null;
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
