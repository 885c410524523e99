import { describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { buildSitemap } from "./build-sitemap";
import { listSitemapEntries } from "./list-sitemap-entries";

// The cached readers run as plain queries here: Next's cache exists only inside a Next server.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), cacheTag: () => {}, cacheLife: () => {} }));

const database = setupTestDatabase();

describe("listSitemapEntries", () => {
  it("lists active products, published guides and the policy pages, never a policy page among the guides", async () => {
    const base = { tagline: "t", description: "d", priceCents: 1000, bestFor: "b", severity: "SEVERE" as const };
    await database.db.product.createMany({
      data: [
        { ...base, slug: "shown", sku: "S1", name: "Shown", sortOrder: 1 },
        { ...base, slug: "retired", sku: "S2", name: "Retired", active: false },
      ],
    });
    await database.db.article.createMany({
      data: [
        { slug: "live-guide", title: "Live", summary: "s", body: "b", publishedAt: new Date("2026-11-01") },
        { slug: "draft-guide", title: "Draft", summary: "s", body: "b", published: false },
      ],
    });

    await database.db.policyPage.createMany({
      data: [
        { slug: "terms", title: "Terms of sale", summary: "s", body: "b" },
        { slug: "returns", title: "Returns", summary: "s", body: "b" },
      ],
    });

    const entries = await listSitemapEntries();

    expect(entries.products.map((p) => p.slug)).toEqual(["shown"]);
    expect(entries.articles.map((a) => a.slug)).toEqual(["live-guide"]);
    expect(entries.policies.map((p) => p.slug)).toEqual(["returns", "terms"]); // the footer's order
    const urls = buildSitemap(entries, "https://shop.test").map((entry) => entry.url);
    expect(urls).toContain("https://shop.test/products/shown");
    expect(urls).toContain("https://shop.test/learn/live-guide");
    expect(urls).toContain("https://shop.test/policies/returns");
    expect(urls).not.toContain("https://shop.test/learn/returns");
    expect(urls.join(" ")).not.toMatch(/retired|draft-guide/);
  });
});
