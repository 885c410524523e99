import type { Prisma } from "../../generated/prisma/client";

export const articleWithProducts = {
  products: { select: { productId: true, position: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ArticleInclude;

type ArticleWithProducts = Prisma.ArticleGetPayload<{ include: typeof articleWithProducts }>;

/** What an editor writes: the edit form's values, and the core of the audit log's record. */
export function articleFields(article: ArticleWithProducts) {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    body: article.body,
    topics: article.topics,
    productIds: article.products.map((link) => link.productId),
    published: article.published,
  };
}

/** The article as the audit log records it (the body in full, so a diff shows the wording that changed). */
export function articleSnapshot(article: ArticleWithProducts) {
  return { ...articleFields(article), publishedAt: article.publishedAt?.toISOString() ?? null };
}
