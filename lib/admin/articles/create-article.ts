import "server-only";
import { isUniqueViolation } from "../../database/unique-violation";
import { db } from "../../db";
import { recordAudit } from "../../audit/record-audit";
import type { ArticleInput } from "./article-schema";
import { articleSnapshot, articleWithProducts } from "./article-snapshot";
import type { SaveArticleResult } from "./save-article-result";

export async function createArticle(input: ArticleInput, actorId: string, now: Date = new Date()): Promise<SaveArticleResult> {
  try {
    return await db.$transaction(async (tx) => {
      if ((await tx.product.count({ where: { id: { in: input.productIds } } })) !== input.productIds.length) {
        return { ok: false, code: "UNKNOWN_PRODUCT" } as const;
      }
      if (await tx.article.findUnique({ where: { slug: input.slug }, select: { id: true } })) return { ok: false, code: "SLUG_TAKEN" } as const;
      const article = await tx.article.create({
        data: {
          slug: input.slug,
          title: input.title,
          summary: input.summary,
          body: input.body,
          topics: input.topics,
          published: input.published,
          publishedAt: input.published ? now : null,
          products: { create: input.productIds.map((productId, position) => ({ productId, position })) },
        },
        include: articleWithProducts,
      });
      await recordAudit(tx, { actorId, action: "article.create", entityType: "article", entityId: article.id, after: articleSnapshot(article) });
      return { ok: true, article: { id: article.id, slug: article.slug } } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "SLUG_TAKEN" };
    throw error;
  }
}
