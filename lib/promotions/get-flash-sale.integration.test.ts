import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { getFlashSale } from "./get-flash-sale";

const database = setupTestDatabase();

async function product(slug: string, active = true) {
  return database.db.product.create({
    data: {
      slug,
      sku: slug.toUpperCase(),
      name: slug,
      tagline: "t",
      description: "d",
      priceCents: 10_000,
      bestFor: "b",
      severity: "SEVERE",
      active,
    },
  });
}

describe("getFlashSale", () => {
  it("is null while there is no FLASHSALE coupon", async () => {
    expect(await getFlashSale()).toBeNull();
  });

  it("reads the window and the per-product rates; 'up to' counts only products on sale", async () => {
    const a = await product("a");
    const b = await product("b");
    const hidden = await product("hidden", false);
    const startsAt = new Date("2026-11-25T00:00:00Z");
    const endsAt = new Date("2026-12-09T00:00:00Z");
    await database.db.coupon.create({
      data: {
        code: "FLASHSALE",
        kind: "PRODUCT_PERCENT",
        startsAt,
        endsAt,
        rates: {
          create: [
            { productId: a.id, percentOff: 40 },
            { productId: b.id, percentOff: 75 },
            { productId: hidden.id, percentOff: 90 },
          ],
        },
      },
    });

    expect(await getFlashSale()).toEqual({
      code: "FLASHSALE",
      startsAt,
      endsAt,
      maxPercentOff: 75,
      rates: { [a.id]: 40, [b.id]: 75 },
    });
  });

  it("is null once the owner switches the coupon off", async () => {
    await database.db.coupon.update({ where: { code: "FLASHSALE" }, data: { active: false } });
    expect(await getFlashSale()).toBeNull();
  });
});
