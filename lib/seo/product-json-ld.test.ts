import { describe, expect, it } from "vitest";
import { productJsonLd } from "./product-json-ld";

const product = {
  slug: "ultragun",
  sku: "UC-UG1",
  name: "UltraGun",
  tagline: "Percussive massage for tight calves.",
  images: ["/images/products/ultragun.png", "/images/products/ultragun-detail.png"],
  priceCents: 15900,
  currency: "usd",
  available: 12,
};

describe("productJsonLd", () => {
  it("describes the product and its offer with absolute URLs, a decimal price and an upper-case currency", () => {
    expect(productJsonLd(product, "https://shop.test")).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "UltraGun",
      sku: "UC-UG1",
      image: ["https://shop.test/images/products/ultragun.png", "https://shop.test/images/products/ultragun-detail.png"],
      offers: {
        "@type": "Offer",
        price: "159.00",
        priceCurrency: "USD",
        availability: "https://schema.org/InStock",
        url: "https://shop.test/products/ultragun",
      },
    });
  });

  it("says out of stock when nothing can be sold", () => {
    expect(productJsonLd({ ...product, available: 0 }, "https://shop.test").offers.availability).toBe(
      "https://schema.org/OutOfStock",
    );
  });
});
