import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { findArticleBySlug } from "./find-article-by-slug";
import type { ArticleDetail } from "./types";

/** Cached by tag: an article edit, any article change (related reading) or a product change refreshes it. */
export async function getArticle(slug: string): Promise<ArticleDetail | null> {
  "use cache";
  cacheTag(TAGS.articles, TAGS.article(slug), TAGS.products);
  cacheLife("days");
  return findArticleBySlug(slug);
}
