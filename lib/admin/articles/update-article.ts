import "server-only";
import { db } from "../../db";
import { recordAudit } from "../../audit/record-audit";
import type { ArticleInput } from "./article-schema";
import { articleSnapshot, articleWithProducts } from "./article-snapshot";
import type { SaveArticleResult } from "./save-article-result";

/**
 * Saves an article's words, topics, devices and visibility. The slug stays (it is the article's address,
 * linked from other articles and search engines). The first publication sets publishedAt; later ones keep it.
 */
export async function updateArticle(id: string, input: ArticleInput, actorId: string, now: Date = new Date()): Promise<SaveArticleResult> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM articles WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) return { ok: false, code: "NOT_FOUND" } as const;
    if ((await tx.product.count({ where: { id: { in: input.productIds } } })) !== input.productIds.length) {
      return { ok: false, code: "UNKNOWN_PRODUCT" } as const;
    }
    const before = await tx.article.findUniqueOrThrow({ where: { id }, include: articleWithProducts });
    await tx.articleProduct.deleteMany({ where: { articleId: id } });
    const after = await tx.article.update({
      where: { id },
      data: {
        title: input.title,
        summary: input.summary,
        body: input.body,
        topics: input.topics,
        published: input.published,
        publishedAt: input.published ? (before.publishedAt ?? now) : before.publishedAt,
        products: { create: input.productIds.map((productId, position) => ({ productId, position })) },
      },
      include: articleWithProducts,
    });
    await recordAudit(tx, { actorId, action: "article.update", entityType: "article", entityId: id, before: articleSnapshot(before), after: articleSnapshot(after) });
    return { ok: true, article: { id, slug: after.slug } } as const;
  });
}
