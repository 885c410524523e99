import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { findPublishedArticles } from "./find-published-articles";
import type { ArticleSummary } from "./types";

export async function listArticles(): Promise<ArticleSummary[]> {
  "use cache";
  cacheTag(TAGS.articles);
  cacheLife("days");
  return findPublishedArticles();
}
