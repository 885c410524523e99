import { describe, expect, it } from "vitest";
import { buildSitemap } from "./build-sitemap";

describe("buildSitemap", () => {
  it("lists the fixed pages, then each product, guide and policy page on the public origin", () => {
    const updated = new Date("2026-11-20T10:00:00Z");
    const sitemap = buildSitemap(
      {
        products: [{ slug: "us111", updatedAt: updated }],
        articles: [{ slug: "night-cramps", updatedAt: updated }],
        policies: [{ slug: "returns", updatedAt: updated }],
      },
      "https://shop.test",
    );
    expect(sitemap.map((entry) => entry.url)).toEqual([
      "https://shop.test/",
      "https://shop.test/products",
      "https://shop.test/compare",
      "https://shop.test/guide",
      "https://shop.test/learn",
      "https://shop.test/products/us111",
      "https://shop.test/learn/night-cramps",
      "https://shop.test/policies/returns",
    ]);
    expect(sitemap.find((entry) => entry.url.endsWith("/us111"))?.lastModified).toEqual(updated);
    expect(sitemap.find((entry) => entry.url.endsWith("/policies/returns"))?.lastModified).toEqual(updated);
  });
});
