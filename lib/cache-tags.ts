// Every cache tag in one place: list tags beside per-item tags, so a write can name exactly what changed.
export const TAGS = {
  products: "products",
  product: (slug: string) => `product:${slug}`,
  articles: "articles",
  article: (slug: string) => `article:${slug}`,
  coupons: "coupons",
  policies: "policies",
  policy: (slug: string) => `policy:${slug}`,
  shippingZones: "shipping-zones",
} as const;
