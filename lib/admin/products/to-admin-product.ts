import { readSpecs } from "../../catalog/spec-keys";
import type { Product } from "../../generated/prisma/client";
import type { AdminProduct, AdminProductRow, ProductFields } from "./types";

export function toAdminProductRow(product: Product): AdminProductRow {
  return {
    id: product.id,
    slug: product.slug,
    sku: product.sku,
    name: product.name,
    priceCents: product.priceCents,
    currency: product.currency,
    stock: product.stock,
    reserved: product.reserved,
    lowStockThreshold: product.lowStockThreshold,
    active: product.active,
    updatedAt: product.updatedAt,
  };
}

export function toAdminProduct(product: Product): AdminProduct {
  return {
    ...toAdminProductRow(product),
    tagline: product.tagline,
    description: product.description,
    images: product.images,
    specs: readSpecs(product.specs),
    bestFor: product.bestFor,
    severity: product.severity,
  };
}

/** The editable fields only: what an audit row shows before and after a change. */
export function productFields(product: Product): ProductFields {
  return {
    name: product.name,
    tagline: product.tagline,
    description: product.description,
    priceCents: product.priceCents,
    images: product.images,
    specs: readSpecs(product.specs),
    bestFor: product.bestFor,
    severity: product.severity,
    lowStockThreshold: product.lowStockThreshold,
    active: product.active,
  };
}
