import "server-only";
import { db } from "../db";
import { toArticleSummary } from "./to-article";
import type { ArticleSummary } from "./types";

/** Every published article, oldest first (the order the guides were written to be read in). */
export async function findPublishedArticles(): Promise<ArticleSummary[]> {
  const articles = await db.article.findMany({
    where: { published: true },
    orderBy: [{ publishedAt: "asc" }, { title: "asc" }],
  });
  return articles.map(toArticleSummary);
}
