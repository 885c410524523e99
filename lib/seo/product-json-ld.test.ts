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

describe("productJsonLd with reviews", () => {
  const reviews = {
    summary: { average: 4.5, count: 2 },
    reviews: [
      { rating: 5, body: "Eased my night cramps within a week.", firstName: "Anna", publishedAt: "2026-12-01T10:00:00.000Z" },
      { rating: 4, body: "Strong, a little loud on the top setting.", firstName: null, publishedAt: "2026-11-30T09:00:00.000Z" },
    ],
  };

  it("carries the aggregate rating and each approved review when there is at least one", () => {
    const data = productJsonLd(product, "https://shop.test", reviews);
    expect(data.aggregateRating).toEqual({ "@type": "AggregateRating", ratingValue: 4.5, reviewCount: 2, bestRating: 5, worstRating: 1 });
    expect(data.review).toEqual([
      {
        "@type": "Review",
        reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1 },
        author: { "@type": "Person", name: "Anna" },
        reviewBody: "Eased my night cramps within a week.",
        datePublished: "2026-12-01",
      },
      expect.objectContaining({ author: { "@type": "Person", name: "Verified buyer" }, datePublished: "2026-11-30" }),
    ]);
  });

  it("has no rating markup at all without approved reviews", () => {
    for (const data of [productJsonLd(product, "https://shop.test", { summary: null, reviews: [] }), productJsonLd(product, "https://shop.test")]) {
      expect(data).not.toHaveProperty("aggregateRating");
      expect(data).not.toHaveProperty("review");
      expect(JSON.stringify(data)).not.toMatch(/Rating|Review/);
    }
  });
});
