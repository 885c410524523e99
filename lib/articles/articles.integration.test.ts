import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { getArticleBySlug } from "./get-article-by-slug";
import { listArticles } from "./list-articles";

// The cached readers run as plain queries here: Next's cache exists only inside a Next server.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), cacheTag: () => {}, cacheLife: () => {} }));

const database = setupTestDatabase();

const product = (slug: string, priceCents: number, active = true) => ({
  slug,
  sku: `T-${slug}`,
  name: `Device ${slug}`,
  tagline: "A test device.",
  description: "Plain text.",
  priceCents,
  bestFor: "Tests.",
  severity: "SEVERE" as const,
  images: [`/images/products/${slug}.png`],
  active,
});

beforeAll(async () => {
  const { db } = database;
  const [first, second, retired] = await Promise.all([
    db.product.create({ data: product("first", 1000) }),
    db.product.create({ data: product("second", 2500) }),
    db.product.create({ data: product("retired", 500, false) }),
  ]);
  await db.article.create({
    data: {
      slug: "calf-basics",
      title: "Calf Basics",
      summary: "Start here.",
      body: "## Why calves tighten\n\nText.\n\n### At night\n\nMore text.",
      topics: ["legs", "night"],
      publishedAt: new Date("2026-01-01T00:00:00Z"),
      products: {
        create: [
          { productId: second.id, position: 0 },
          { productId: first.id, position: 1 },
          { productId: retired.id, position: 2 },
        ],
      },
    },
  });
  await db.article.createMany({
    data: [
      { slug: "night-only", title: "Night Only", summary: "s", body: "b", topics: ["night"], publishedAt: new Date("2026-01-03T00:00:00Z") },
      { slug: "legs-and-night", title: "Legs and Night", summary: "s", body: "b", topics: ["night", "legs"], publishedAt: new Date("2026-01-02T00:00:00Z") },
      { slug: "hands", title: "Hands", summary: "s", body: "b", topics: ["hands"], publishedAt: new Date("2026-01-04T00:00:00Z") },
      { slug: "hidden", title: "Hidden", summary: "s", body: "b", topics: ["legs", "night"], published: false },
    ],
  });
});

describe("getArticleBySlug", () => {
  it("returns the article with its headings, its active devices in the editor's order and related reading", async () => {
    const article = await getArticleBySlug("calf-basics");
    expect(article).toMatchObject({
      slug: "calf-basics",
      title: "Calf Basics",
      readingMinutes: 1,
      publishedAt: "2026-01-01T00:00:00.000Z",
      headings: [
        { id: "why-calves-tighten", text: "Why calves tighten", depth: 2 },
        { id: "at-night", text: "At night", depth: 3 },
      ],
    });
    expect(article?.devices.map((d) => [d.slug, d.priceCents])).toEqual([
      ["second", 2500],
      ["first", 1000],
    ]);
    // Both topics shared first, then one shared topic; unpublished and unrelated articles never appear.
    expect(article?.related.map((a) => a.slug)).toEqual(["legs-and-night", "night-only"]);
  });

  it.each(["hidden", "no-such-article", "../etc/passwd", "Calf-Basics", "x".repeat(500)])("finds nothing for %s", async (slug) => {
    expect(await getArticleBySlug(slug)).toBeNull();
  });
});

describe("listArticles", () => {
  it("lists only published articles, oldest first", async () => {
    const articles = await listArticles();
    expect(articles.map((a) => a.slug)).toEqual(["calf-basics", "legs-and-night", "night-only", "hands"]);
  });
});
