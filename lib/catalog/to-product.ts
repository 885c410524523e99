import type { Product } from "../generated/prisma/client";
import type { ProductDetail, ProductSpec, ProductSummary, RelatedArticle } from "./types";

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
    specs: toSpecs(product.specs),
    relatedArticles,
  };
}

/** The specs column is free-form JSON an admin edits: keep only well-formed `{ label, value }` rows. */
function toSpecs(value: unknown): ProductSpec[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((row) =>
    row && typeof row === "object" && typeof row.label === "string" && typeof row.value === "string"
      ? [{ label: row.label, value: row.value }]
      : [],
  );
}
