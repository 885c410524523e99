export { listProducts } from "./list-products";
export { getProductBySlug } from "./get-product-by-slug";
export { stockState } from "./stock-state";
export type { ProductDetail, ProductSpec, ProductSummary, StockState } from "./types";
