import "server-only";
import { db } from "../../db";

export type ArticleForEdit = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  productIds: string[];
  published: boolean;
};

export async function getArticleForEdit(id: string): Promise<ArticleForEdit | null> {
  if (id.length > 64) return null;
  const article = await db.article.findUnique({ where: { id }, include: { products: { orderBy: { position: "asc" } } } });
  if (!article) return null;
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    body: article.body,
    topics: article.topics,
    productIds: article.products.map((link) => link.productId),
    published: article.published,
  };
}
