import type { Article, Product } from "../generated/prisma/client";
import { readingMinutes } from "./reading-time";
import type { ArticleSummary, RelatedDevice } from "./types";

export function toArticleSummary(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    topics: article.topics,
    readingMinutes: readingMinutes(article.body),
    publishedAt: article.publishedAt?.toISOString() ?? null,
    updatedAt: article.updatedAt.toISOString(),
  };
}

export function toRelatedDevice(product: Product): RelatedDevice {
  return {
    slug: product.slug,
    name: product.name,
    tagline: product.tagline,
    priceCents: product.priceCents,
    currency: product.currency,
    image: product.images[0] ?? "/images/og-default.png",
    severity: product.severity,
  };
}
