// The education hub's own shapes: what pages need, nothing from Prisma leaks past lib/.
import type { TocHeading } from "./headings";

export type ArticleSummary = {
  slug: string;
  title: string;
  summary: string;
  topics: string[];
  readingMinutes: number;
  /** ISO 8601, or null when the article has no publication date. */
  publishedAt: string | null;
  updatedAt: string;
};

/** A device an article points to, with what a card needs (price in integer cents). */
export type RelatedDevice = {
  slug: string;
  name: string;
  tagline: string;
  priceCents: number;
  currency: string;
  image: string;
  severity: "SEVERE" | "MILD_TO_MODERATE";
};

export type ArticleDetail = ArticleSummary & {
  /** Markdown; rendered without raw HTML. */
  body: string;
  headings: TocHeading[];
  devices: RelatedDevice[];
  related: ArticleSummary[];
};
