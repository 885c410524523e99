import "server-only";
import { db } from "../../db";
import { articleFields, articleWithProducts } from "./article-snapshot";

export type ArticleForEdit = ReturnType<typeof articleFields> & { id: string };

export async function getArticleForEdit(id: string): Promise<ArticleForEdit | null> {
  if (id.length > 64) return null;
  const article = await db.article.findUnique({ where: { id }, include: articleWithProducts });
  return article ? { id: article.id, ...articleFields(article) } : null;
}
