import type { Product } from "../generated/prisma/client";
import { readSpecs, specRows } from "./spec-keys";
import type { ProductDetail, ProductSummary, RelatedArticle } from "./types";

const FALLBACK_IMAGE = "/images/og-default.png";

export function toProductSummary(product: Product): ProductSummary {
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    tagline: product.tagline,
    priceCents: product.priceCents,
    currency: product.currency,
    image: product.images[0] ?? FALLBACK_IMAGE,
    severity: product.severity,
    available: Math.max(0, product.stock - product.reserved),
  };
}

export function toProductDetail(product: Product, relatedArticles: RelatedArticle[] = []): ProductDetail {
  return {
    ...toProductSummary(product),
    sku: product.sku,
    description: product.description,
    bestFor: product.bestFor,
    images: product.images.length > 0 ? product.images : [FALLBACK_IMAGE],
    specs: specRows(readSpecs(product.specs)),
    relatedArticles,
  };
}
