// The storefront's own product shape: what pages need, nothing from Prisma leaks past lib/.
import type { SpecKey } from "./spec-keys";

export type ProductSpec = { key: SpecKey; label: string; value: string };

export type StockState = { kind: "in_stock"; available: number } | { kind: "low"; left: number } | { kind: "sold_out" };

export type { CrampSeverity } from "../generated/prisma/enums";
import type { CrampSeverity } from "../generated/prisma/enums";

export type ProductSummary = {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  priceCents: number;
  currency: string;
  image: string;
  severity: CrampSeverity;
  /** Units that can be sold now: stock minus units held by pending orders, never below zero. */
  available: number;
};

/** A published guide that mentions the product, for the "read more" links on its page. */
export type RelatedArticle = { slug: string; title: string; summary: string };

export type ProductDetail = ProductSummary & {
  sku: string;
  /** Markdown, rendered without raw HTML. */
  description: string;
  bestFor: string;
  images: string[];
  specs: ProductSpec[];
  relatedArticles: RelatedArticle[];
};
