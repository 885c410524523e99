import { describe, expect, it } from "vitest";
import { flashSaleOffer } from "./flash-sale-offer";
import type { FlashSale } from "./types";

const now = new Date("2026-11-26T12:00:00Z");
const sale: FlashSale = {
  code: "FLASHSALE",
  startsAt: new Date("2026-11-25T00:00:00Z"),
  endsAt: new Date("2026-12-10T00:00:00Z"),
  maxPercentOff: 75,
  rates: { gun: 75, pro: 60, us111: 40 },
};

describe("flashSaleOffer", () => {
  it.each([
    ["gun", 15900, 3975, 11925],
    ["pro", 24900, 9960, 14940],
    ["us111", 39900, 23940, 15960],
  ])("%s at %i cents costs %i with the code (saves %i)", (id, priceCents, salePriceCents, savingsCents) => {
    expect(flashSaleOffer(sale, { id, priceCents }, now)).toEqual({
      code: "FLASHSALE",
      percentOff: sale.rates[id],
      salePriceCents,
      savingsCents,
      endsAt: sale.endsAt,
    });
  });

  it("rounds the saving half up to the cent, like checkout", () => {
    // 999 * 50% = 499.5 -> 500 off.
    expect(flashSaleOffer({ ...sale, rates: { odd: 50 } }, { id: "odd", priceCents: 999 }, now)?.salePriceCents).toBe(499);
  });

  it("offers nothing before the start, at the end, without a sale or for a product it skips", () => {
    expect(flashSaleOffer(sale, { id: "gun", priceCents: 15900 }, new Date("2026-11-24T23:59:59Z"))).toBeNull();
    expect(flashSaleOffer(sale, { id: "gun", priceCents: 15900 }, sale.endsAt!)).toBeNull();
    expect(flashSaleOffer(null, { id: "gun", priceCents: 15900 }, now)).toBeNull();
    expect(flashSaleOffer(sale, { id: "other", priceCents: 15900 }, now)).toBeNull();
  });

  it("runs on without an end date", () => {
    expect(flashSaleOffer({ ...sale, endsAt: null }, { id: "gun", priceCents: 15900 }, new Date("2030-01-01"))).toMatchObject({
      salePriceCents: 3975,
      endsAt: null,
    });
  });
});
