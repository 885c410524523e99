import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { ARTICLE_DOCUMENT, PRODUCT_DOCUMENT } from "./documents";
import { MAX_QUERY_LENGTH } from "./normalize-query";
import { searchSite } from "./search-site";
import { MARK_END, MARK_START } from "./types";

const database = setupTestDatabase();

beforeAll(async () => {
  const { db } = database;
  await db.product.create({
    data: {
      slug: "heat-wrap",
      sku: "T-HEAT",
      name: "Heat Wrap",
      tagline: "Gentle warmth for tired calves.",
      description: "A soft wrap with a **lavender** scented lining that you fold around the calf after a long walk.",
      priceCents: 4500,
      bestFor: "Best for evening wind-downs.",
      severity: "MILD_TO_MODERATE",
      images: ["/images/products/heat-wrap.png"],
      specs: { inTheBox: "Brushed merino pouch" },
    },
  });
  await db.product.create({
    data: {
      slug: "retired-wrap",
      sku: "T-OLD",
      name: "Retired Wrap",
      tagline: "No longer sold.",
      description: "An older lavender wrap.",
      priceCents: 3000,
      bestFor: "Nothing now.",
      severity: "MILD_TO_MODERATE",
      active: false,
    },
  });
  await db.article.createMany({
    data: [
      {
        slug: "stretching-in-a-hammock",
        title: "Stretching Before Bed",
        summary: "Short routines for the evening.",
        body: "## Gentle start\n\nSome readers stretch their calves while resting in a **hammock**, feet loose, toes drawn back.",
        topics: ["prevention"],
      },
      {
        slug: "hammock-sleep",
        title: "Sleeping in a Hammock",
        summary: "What changes for your legs when you sleep in a hammock.",
        body: "A hammock lets the knees bend slightly through the night.",
        topics: ["night"],
      },
      {
        slug: "draft-about-lavender",
        title: "Lavender draft",
        summary: "Not published yet.",
        body: "Lavender lavender lavender.",
        topics: ["prevention"],
        published: false,
      },
    ],
  });
});

describe("searchSite", () => {
  it("finds a product by a word that is only in its description, with its price, and skips inactive ones", async () => {
    const outcome = await searchSite("lavender");
    expect(outcome.kind).toBe("results");
    if (outcome.kind !== "results") return;
    expect(outcome.hits.map((hit) => hit.slug)).toEqual(["heat-wrap"]);
    const [hit] = outcome.hits;
    expect(hit).toMatchObject({ kind: "product", title: "Heat Wrap", priceCents: 4500, image: "/images/products/heat-wrap.png" });
    // The snippet is plain text (no Markdown stars) with the match marked.
    expect(hit.snippet).toContain(`${MARK_START}lavender${MARK_END}`);
    expect(hit.snippet).not.toContain("**");
  });

  it("finds an article by a word in its body, and ranks a title match above a body-only match", async () => {
    const outcome = await searchSite("hammocks");
    if (outcome.kind !== "results") throw new Error(outcome.kind);
    expect(outcome.hits.map((hit) => [hit.kind, hit.slug])).toEqual([
      ["article", "hammock-sleep"],
      ["article", "stretching-in-a-hammock"],
    ]);
    expect(outcome.hits[0].rank).toBeGreaterThan(outcome.hits[1].rank);
  });

  it("finds a product by its spec table's values, not its JSON keys", async () => {
    const merino = await searchSite("merino");
    if (merino.kind !== "results") throw new Error(merino.kind);
    expect(merino.hits.map((hit) => hit.slug)).toEqual(["heat-wrap"]);
    const key = await searchSite("label");
    if (key.kind !== "results") throw new Error(key.kind);
    expect(key.hits).toEqual([]);
  });

  it("ranks products and articles together", async () => {
    const outcome = await searchSite("calves");
    if (outcome.kind !== "results") throw new Error(outcome.kind);
    // The wrap has "calves" in its tagline (weight B), the article only in its body (weight C).
    expect(outcome.hits.map((hit) => hit.slug)).toEqual(["heat-wrap", "stretching-in-a-hammock"]);
  });

  it("understands web-search syntax: quoted phrases and -exclusions", async () => {
    const excluded = await searchSite("hammock -sleep");
    if (excluded.kind !== "results") throw new Error(excluded.kind);
    expect(excluded.hits.map((hit) => hit.slug)).toEqual(["stretching-in-a-hammock"]);
    const phrase = await searchSite('"knees bend"');
    if (phrase.kind !== "results") throw new Error(phrase.kind);
    expect(phrase.hits.map((hit) => hit.slug)).toEqual(["hammock-sleep"]);
  });

  it("falls back to word prefixes when nothing matches as typed", async () => {
    const outcome = await searchSite("lavend");
    if (outcome.kind !== "results") throw new Error(outcome.kind);
    expect(outcome.hits.map((hit) => hit.slug)).toEqual(["heat-wrap"]);
  });

  it("returns nothing, without an error, for punctuation, stop words, unknown words and odd input", async () => {
    expect(await searchSite("?!...;;--")).toEqual({ kind: "no-words", query: "?!...;;--" });
    expect(await searchSite("   ")).toEqual({ kind: "empty" });
    expect(await searchSite(undefined)).toEqual({ kind: "empty" });
    for (const query of ["the and of", "zzqx", "a:* & | !( 'b", "\\ ' \" ( ) : *", "foo\u0000bar"]) {
      const outcome = await searchSite(query);
      expect(["results", "no-words"], query).toContain(outcome.kind);
      if (outcome.kind === "results") expect(outcome.hits, query).toEqual([]);
    }
  });

  it("caps a very long query and says so", async () => {
    const outcome = await searchSite(`lavender ${"x".repeat(5000)}`);
    expect(outcome).toMatchObject({ kind: "results", truncated: true });
    if (outcome.kind === "results") expect([...outcome.query].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe("search indexes", () => {
  it("are built on the very expressions the queries use", async () => {
    const file = path.resolve("prisma/migrations/20261126020000_search/migration.sql");
    const sql = await readFile(file, "utf8");
    expect(sql).toContain(`ON "products" USING GIN ((${PRODUCT_DOCUMENT}))`);
    expect(sql).toContain(`ON "articles" USING GIN ((${ARTICLE_DOCUMENT}))`);
  });

  it("are used by the planner for the search condition", async () => {
    const plans = await database.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const product = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT slug FROM products WHERE (${PRODUCT_DOCUMENT}) @@ websearch_to_tsquery('english', 'lavender')`,
      );
      const article = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT slug FROM articles WHERE (${ARTICLE_DOCUMENT}) @@ websearch_to_tsquery('english', 'hammock')`,
      );
      return [product, article].map((rows) => rows.map((row) => row["QUERY PLAN"]).join("\n"));
    });
    expect(plans[0]).toContain("products_search_idx");
    expect(plans[1]).toContain("articles_search_idx");
  });
});
