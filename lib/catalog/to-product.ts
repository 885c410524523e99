import type { Product } from "../generated/prisma/client";
import type { ProductDetail, ProductSpec, ProductSummary } from "./types";

export function toProductSummary(product: Product): ProductSummary {
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    tagline: product.tagline,
    priceCents: product.priceCents,
    currency: product.currency,
    image: product.images[0] ?? "/images/og-default.png",
    severity: product.severity,
    available: Math.max(0, product.stock - product.reserved),
  };
}

export function toProductDetail(product: Product): ProductDetail {
  return {
    ...toProductSummary(product),
    sku: product.sku,
    description: product.description,
    bestFor: product.bestFor,
    images: product.images,
    specs: Array.isArray(product.specs) ? (product.specs as ProductSpec[]) : [],
  };
}
