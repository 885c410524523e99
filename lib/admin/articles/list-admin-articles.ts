import "server-only";
import { db } from "../../db";

export type AdminArticleRow = { id: string; slug: string; title: string; topics: string[]; published: boolean; publishedAt: Date | null; updatedAt: Date };

/** Every article, drafts included, most recently edited first. */
export async function listAdminArticles(): Promise<AdminArticleRow[]> {
  return db.article.findMany({
    orderBy: { updatedAt: "desc" },
    select: { id: true, slug: true, title: true, topics: true, published: true, publishedAt: true, updatedAt: true },
  });
}
