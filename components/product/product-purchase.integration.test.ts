// The product page's buying block rendered from real rows: what a shopper sees for a sold-out device.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { getProductBySlug } from "@/lib/catalog/get-product-by-slug";
import { stockState } from "@/lib/catalog/stock-state";
import { flashSaleOffer } from "@/lib/promotions/flash-sale-offer";
import type { FlashSale } from "@/lib/promotions/types";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { ProductPurchase } from "./product-purchase";

// The cached readers run as plain queries here: Next's cache exists only inside a Next server.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), cacheTag: () => {}, cacheLife: () => {} }));

const database = setupTestDatabase();
const now = new Date("2026-11-26T12:00:00Z");

async function renderPurchase(slug: string, sale: FlashSale | null, serverNow = now) {
  const product = await getProductBySlug(slug);
  if (!product) throw new Error(`no product ${slug}`);
  const html = renderToStaticMarkup(
    createElement(ProductPurchase, {
      product,
      stock: stockState(product.available),
      offer: flashSaleOffer(sale, product, now),
      serverNow: serverNow.getTime(),
      // The forms only post to them; rendering never calls them.
      addToCart: async () => ({ ok: true as const, data: undefined }),
      backInStock: async () => ({ ok: true as const, data: undefined }),
      delivery: "Ships to the United States in 3–5 business days",
    }),
  );
  const text = html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
  const buttons = [...html.matchAll(/<button\b([^>]*)>(.*?)<\/button>/g)].map(([, attributes, label]) => ({
    disabled: /\sdisabled(=|\s|$)/.test(attributes),
    label: label.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'"),
  }));
  return { text, buttons };
}

async function createDevice(slug: string, stock: number, reserved: number) {
  return database.db.product.create({
    data: {
      slug,
      sku: slug.toUpperCase(),
      name: "UltraGun",
      tagline: "t",
      description: "d",
      priceCents: 15900,
      stock,
      reserved,
      bestFor: "b",
      severity: "MILD_TO_MODERATE",
    },
  });
}

describe("the product page's buying block", () => {
  it("says Sold out and cannot be bought when every unit is reserved, and offers an e-mail when it is back", async () => {
    await createDevice("gone", 3, 3);
    const { text, buttons } = await renderPurchase("gone", null);
    expect(text).toContain("Sold out");
    expect(text).not.toMatch(/In stock|left/);
    expect(buttons).toEqual([
      { disabled: true, label: "Sold out" },
      { disabled: false, label: "E-mail me when it's back" },
    ]);
  });

  it("shows the last units, the flash-sale price and an enabled button", async () => {
    const device = await createDevice("nearly-gone", 5, 3);
    const sale: FlashSale = {
      code: "FLASHSALE",
      startsAt: new Date("2026-11-25T00:00:00Z"),
      endsAt: new Date("2026-11-27T00:00:00Z"),
      maxPercentOff: 75,
      rates: { [device.id]: 75 },
    };
    const { text, buttons } = await renderPurchase("nearly-gone", sale);
    expect(text).toContain("$159.00");
    expect(text).toContain("Ships to the United States in 3–5 business days. Shipping to other countries");
    expect(text).toContain("$39.75 with FLASHSALE, save 75%");
    expect(text).toContain("Only 2 left");
    expect(buttons.some((b) => b.disabled)).toBe(false);
    expect(buttons.map((b) => b.label)).not.toContain("E-mail me when it's back");

    // Rendered after the sale's end (a page left open): the sale price is gone, the list price stays.
    const late = await renderPurchase("nearly-gone", sale, new Date("2026-11-27T00:00:01Z"));
    expect(late.text).toContain("$159.00");
    expect(late.text).not.toContain("FLASHSALE");
  });
});
