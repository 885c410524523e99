import type { ArticleSummary } from "./types";

/**
 * Articles to read next: those sharing the most topics with `topics` come first, then the
 * newer ones; articles sharing no topic are left out.
 */
export function rankRelated(topics: string[], candidates: ArticleSummary[], limit = 3): ArticleSummary[] {
  const wanted = new Set(topics);
  return candidates
    .map((article) => ({ article, shared: article.topics.filter((topic) => wanted.has(topic)).length }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        (b.article.publishedAt ?? "").localeCompare(a.article.publishedAt ?? "") ||
        a.article.title.localeCompare(b.article.title),
    )
    .slice(0, limit)
    .map(({ article }) => article);
}
