import { describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { listProducts } from "./list-products";
import { getProductBySlug, RELATED_ARTICLE_LIMIT } from "./get-product-by-slug";
import { stockState } from "./stock-state";

// The cached readers run as plain queries here: Next's cache exists only inside a Next server.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), cacheTag: () => {}, cacheLife: () => {} }));

const database = setupTestDatabase();

let counter = 0;
async function createProduct(data: { slug: string; sortOrder?: number; active?: boolean; stock?: number; reserved?: number; specs?: unknown }) {
  counter += 1;
  return database.db.product.create({
    data: {
      slug: data.slug,
      sku: `SKU-${counter}`,
      name: `Device ${data.slug}`,
      tagline: "A tagline",
      description: "Some **bold** text.",
      priceCents: 10_000 + counter,
      stock: data.stock ?? 10,
      reserved: data.reserved ?? 0,
      images: [`/images/products/${data.slug}.png`, `/images/products/${data.slug}-detail.png`],
      specs: (data.specs ?? { weight: "500 g" }) as object,
      bestFor: "Best for testing.",
      severity: "MILD_TO_MODERATE",
      active: data.active ?? true,
      sortOrder: data.sortOrder ?? 0,
    },
  });
}

async function createArticle(slug: string, options: { published?: boolean; daysAgo?: number; products?: { id: string; position: number }[] }) {
  return database.db.article.create({
    data: {
      slug,
      title: `Title ${slug}`,
      summary: `Summary ${slug}`,
      body: "Body",
      published: options.published ?? true,
      publishedAt: new Date(Date.UTC(2026, 10, 20) - (options.daysAgo ?? 0) * 86_400_000),
      products: { create: (options.products ?? []).map((p) => ({ productId: p.id, position: p.position })) },
    },
  });
}

describe("listProducts", () => {
  it("lists only active products, in the owner's order, with what can be sold after reservations", async () => {
    await createProduct({ slug: "third", sortOrder: 3, stock: 20, reserved: 5 });
    await createProduct({ slug: "first", sortOrder: 1, stock: 4, reserved: 4 });
    await createProduct({ slug: "hidden", sortOrder: 0, active: false });
    await createProduct({ slug: "second", sortOrder: 2, stock: 3, reserved: 1 });

    const products = await listProducts();

    expect(products.map((p) => [p.slug, p.available])).toEqual([
      ["first", 0],
      ["second", 2],
      ["third", 15],
    ]);
    expect(products.map((p) => stockState(p.available))).toEqual([
      { kind: "sold_out" },
      { kind: "low", left: 2 },
      { kind: "in_stock", available: 15 },
    ]);
    expect(products[0]).toMatchObject({ image: "/images/products/first.png", currency: "usd", severity: "MILD_TO_MODERATE" });
  });
});

describe("getProductBySlug", () => {
  it("returns null for hidden and unknown products", async () => {
    expect(await getProductBySlug("hidden")).toBeNull();
    expect(await getProductBySlug("no-such-device")).toBeNull();
  });

  it("gives the detail with specs, availability and the published guides that mention it, most relevant first", async () => {
    const product = await createProduct({
      slug: "detail",
      stock: 7,
      reserved: 2,
      specs: { warranty: "1 year", intensity: "3 speeds", heads: "4", battery: 7, weight: "" },
    });
    const other = await createProduct({ slug: "other" });
    await createArticle("older-first-position", { daysAgo: 9, products: [{ id: product.id, position: 0 }] });
    await createArticle("newer-first-position", { daysAgo: 1, products: [{ id: product.id, position: 0 }] });
    await createArticle("second-position", { daysAgo: 0, products: [{ id: other.id, position: 0 }, { id: product.id, position: 1 }] });
    await createArticle("draft", { published: false, products: [{ id: product.id, position: 0 }] });
    await createArticle("unrelated", { products: [{ id: other.id, position: 0 }] });

    const detail = await getProductBySlug("detail");

    expect(detail).toMatchObject({
      slug: "detail",
      available: 5,
      description: "Some **bold** text.",
      images: ["/images/products/detail.png", "/images/products/detail-detail.png"],
      // Canonical keys only, in the canonical order; unknown keys, non-text and empty values are left out.
      specs: [
        { key: "intensity", label: "Intensity levels", value: "3 speeds" },
        { key: "warranty", label: "Warranty", value: "1 year" },
      ],
    });
    expect(detail!.relatedArticles.map((a) => a.slug)).toEqual([
      "newer-first-position",
      "older-first-position",
      "second-position",
    ]);
    expect(detail!.relatedArticles[0]).toEqual({
      slug: "newer-first-position",
      title: "Title newer-first-position",
      summary: "Summary newer-first-position",
    });
  });

  it(`links at most ${RELATED_ARTICLE_LIMIT} guides`, async () => {
    const product = await createProduct({ slug: "popular" });
    for (let i = 0; i < RELATED_ARTICLE_LIMIT + 2; i++) {
      await createArticle(`popular-${i}`, { daysAgo: i, products: [{ id: product.id, position: 0 }] });
    }
    expect((await getProductBySlug("popular"))!.relatedArticles).toHaveLength(RELATED_ARTICLE_LIMIT);
  });

  it("reports sold out once every unit is reserved", async () => {
    await createProduct({ slug: "last-units", stock: 2, reserved: 2 });
    const detail = await getProductBySlug("last-units");
    expect(detail!.available).toBe(0);
    expect(stockState(detail!.available)).toEqual({ kind: "sold_out" });
  });
});
