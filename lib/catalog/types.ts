// The storefront's own product shape: what pages need, nothing from Prisma leaks past lib/.
export type ProductSpec = { label: string; value: string };

export type StockState = { kind: "in_stock" } | { kind: "low"; left: number } | { kind: "sold_out" };

export type ProductSummary = {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  priceCents: number;
  currency: string;
  image: string;
  severity: "SEVERE" | "MILD_TO_MODERATE";
  available: number;
};

export type ProductDetail = ProductSummary & {
  sku: string;
  description: string;
  bestFor: string;
  images: string[];
  specs: ProductSpec[];
};
