import { absoluteUrl } from "./absolute-url";
import { decimalAmount } from "./decimal-amount";

export type ProductJsonLdInput = {
  slug: string;
  sku: string;
  name: string;
  tagline: string;
  images: string[];
  priceCents: number;
  currency: string;
  available: number;
};

/** schema.org Product with its Offer, for search engines. The price is the list price: the sale needs a code. */
export function productJsonLd(product: ProductJsonLdInput, baseUrl: string) {
  const url = absoluteUrl(`/products/${product.slug}`, baseUrl);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.tagline,
    sku: product.sku,
    image: product.images.map((image) => absoluteUrl(image, baseUrl)),
    brand: { "@type": "Brand", name: "UltraCare Pro" },
    url,
    offers: {
      "@type": "Offer",
      url,
      price: decimalAmount(product.priceCents, product.currency),
      priceCurrency: product.currency.toUpperCase(),
      availability: product.available > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
    },
  };
}
