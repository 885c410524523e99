import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { toArticleSummary } from "./to-article";
import type { ArticleSummary } from "./types";

/** Every published article, oldest first (the order the guides were written to be read in). Cached by TAGS.articles. */
export async function listArticles(): Promise<ArticleSummary[]> {
  "use cache";
  cacheTag(TAGS.articles);
  cacheLife("days");
  const articles = await db.article.findMany({
    where: { published: true },
    orderBy: [{ publishedAt: "asc" }, { title: "asc" }],
  });
  return articles.map(toArticleSummary);
}
