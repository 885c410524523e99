export { findProductName } from "./find-product-name";
export { listComparison, type ComparedProduct } from "./list-comparison";
export { listProducts } from "./list-products";
export { listProductOffers, type ProductOffer } from "./list-product-offers";
export { getProductBySlug } from "./get-product-by-slug";
export { stockState } from "./stock-state";
export type { CrampSeverity, ProductDetail, ProductSpec, ProductSummary, RelatedArticle, StockState } from "./types";
export { MAX_SPEC_VALUE_LENGTH, readSpecs, SPEC_KEYS, SPEC_LABELS, specRows, type ProductSpecs, type SpecKey } from "./spec-keys";
