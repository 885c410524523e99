// The education hub's own shapes: what pages need, nothing from Prisma leaks past lib/.
import type { ProductSummary } from "../catalog/types";
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
export type RelatedDevice = Pick<ProductSummary, "slug" | "name" | "tagline" | "priceCents" | "currency" | "image" | "severity">;

export type ArticleDetail = ArticleSummary & {
  /** Markdown; rendered without raw HTML. */
  body: string;
  headings: TocHeading[];
  devices: RelatedDevice[];
  related: ArticleSummary[];
};
