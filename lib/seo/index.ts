export { absoluteUrl } from "./absolute-url";
export { buildSitemap } from "./build-sitemap";
export { decimalAmount } from "./decimal-amount";
export { listSitemapEntries } from "./list-sitemap-entries";
export { productJsonLd, VERIFIED_BUYER, type ReviewsJsonLdInput } from "./product-json-ld";
export { serializeJsonLd } from "./serialize-json-ld";
