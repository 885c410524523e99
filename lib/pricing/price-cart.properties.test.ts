// Properties of priceCart over random carts and coupons (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { priceCart } from "./price-cart";
import { splitByLargestRemainder } from "./split-by-largest-remainder";
import type { CouponRules, PriceCartInput } from "./types";

const NOW = new Date("2026-11-20T12:00:00Z");
const HOUR = 3600_000;
const PRODUCT_IDS = ["p1", "p2", "p3", "p4", "p5", "p6"];

const productId = fc.constantFrom(...PRODUCT_IDS);

const someLines = fc.uniqueArray(
  fc.record({
    productId,
    unitPriceCents: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 250_000 })),
    quantity: fc.integer({ min: 1, max: 10 }),
  }),
  { selector: (line) => line.productId, minLength: 1, maxLength: PRODUCT_IDS.length },
);
const lines = fc.oneof({ arbitrary: fc.constant([]), weight: 1 }, { arbitrary: someLines, weight: 15 });

const coupon: fc.Arbitrary<CouponRules> = fc.record({
  code: fc.constantFrom("FLASHSALE", "SPRING10", "SAVE20"),
  kind: fc.constantFrom("PRODUCT_PERCENT", "ORDER_PERCENT", "ORDER_FIXED"),
  percentOff: fc.option(fc.integer({ min: 1, max: 100 }), { freq: 10 }),
  amountOffCents: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { freq: 10 }),
  productRates: fc.dictionary(productId, fc.integer({ min: 1, max: 100 }), { minKeys: 1 }),
  excludedProductIds: fc.subarray(PRODUCT_IDS, { maxLength: 2 }),
  // Mostly live windows, some in the future or past.
  startsAt: fc.integer({ min: -48, max: 4 }).map((hours) => new Date(NOW.getTime() + hours * HOUR)),
  endsAt: fc.option(fc.integer({ min: -2, max: 48 }).map((hours) => new Date(NOW.getTime() + hours * HOUR))),
  active: fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 }),
  // Limits are often absent and usually not reached yet.
  maxRedemptions: fc.option(fc.integer({ min: 1, max: 10 }), { freq: 2 }),
  usedOrHeld: fc.integer({ min: 0, max: 2 }),
  maxPerCustomer: fc.option(fc.integer({ min: 1, max: 3 }), { freq: 2 }),
  customerUses: fc.integer({ min: 0, max: 1 }),
  minSubtotalCents: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 300_000 }), weight: 1 }),
});

const input: fc.Arbitrary<PriceCartInput> = fc.record({
  lines,
  coupon: fc.option(coupon, { freq: 8 }),
  enteredCode: fc.option(fc.string(), { nil: undefined }),
  now: fc.constant(NOW),
  shipping: fc.record({ rateCents: fc.integer({ min: 0, max: 3000 }), freeShippingOverCents: fc.option(fc.integer({ min: 0, max: 60_000 })) }),
});

/** The rate the rules give a product, computed independently of the engine. */
function expectedRate(rules: CouponRules, id: string): number {
  if (rules.excludedProductIds.includes(id)) return 0;
  if (rules.kind === "PRODUCT_PERCENT") return rules.productRates[id] ?? 0;
  if (rules.kind === "ORDER_PERCENT") return rules.percentOff ?? 0;
  return 0;
}

const RUNS = { numRuns: 2000 };

describe("priceCart properties", () => {
  it("discounts each line by 0 up to its subtotal, and the order by the exact sum of the lines", () => {
    fc.assert(
      fc.property(input, (cart) => {
        const priced = priceCart(cart);
        for (const line of priced.lines) {
          expect(line.subtotalCents).toBe(line.unitPriceCents * line.quantity);
          expect(line.discountCents).toBeGreaterThanOrEqual(0);
          expect(line.discountCents).toBeLessThanOrEqual(line.subtotalCents);
          expect(line.totalCents).toBe(line.subtotalCents - line.discountCents);
        }
        expect(priced.subtotalCents).toBe(priced.lines.reduce((sum, line) => sum + line.subtotalCents, 0));
        expect(priced.discountCents).toBe(priced.lines.reduce((sum, line) => sum + line.discountCents, 0));
        expect(priced.discountCents).toBeGreaterThanOrEqual(0);
        expect(priced.discountCents).toBeLessThanOrEqual(priced.subtotalCents);
      }),
      RUNS,
    );
  });

  it("totals subtotal - discount + shipping, with shipping free from the zone's threshold (if it has one) and for an empty cart", () => {
    fc.assert(
      fc.property(input, (cart) => {
        const priced = priceCart(cart);
        const afterDiscount = priced.subtotalCents - priced.discountCents;
        const { freeShippingOverCents: freeOver } = cart.shipping;
        const free = cart.lines.length === 0 || (freeOver !== null && afterDiscount >= freeOver);
        expect(priced.shippingCents).toBe(free ? 0 : cart.shipping.rateCents);
        expect(priced.totalCents).toBe(afterDiscount + priced.shippingCents);
      }),
      RUNS,
    );
  });

  it("never takes more than a line's rate off it (percent kinds)", () => {
    fc.assert(
      fc.property(input, (cart) => {
        const priced = priceCart(cart);
        const rules = cart.coupon;
        if (!rules || rules.kind === "ORDER_FIXED") return;
        for (const line of priced.lines) {
          const rate = expectedRate(rules, line.productId);
          // At most rate% of the subtotal, give or take the half cent of rounding.
          expect(line.discountCents * 100).toBeLessThanOrEqual(line.subtotalCents * rate + 50);
          if (priced.appliedCoupon) expect(line.percentOff).toBe(line.subtotalCents > 0 ? rate : 0);
        }
      }),
      RUNS,
    );
  });

  it("splits a fixed amount exactly: min(amount, eligible subtotal), nothing on excluded lines", () => {
    const fixed = input.filter((cart) => cart.coupon?.kind === "ORDER_FIXED");
    fc.assert(
      fc.property(fixed, (cart) => {
        const priced = priceCart(cart);
        if (!priced.appliedCoupon) return;
        const rules = cart.coupon!;
        const eligible = priced.lines.filter((line) => !rules.excludedProductIds.includes(line.productId));
        const eligibleCents = eligible.reduce((sum, line) => sum + line.subtotalCents, 0);
        expect(priced.discountCents).toBe(Math.min(rules.amountOffCents!, eligibleCents));
        for (const line of priced.lines) {
          if (rules.excludedProductIds.includes(line.productId)) expect(line.discountCents).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it("gives a refused coupon no discount and an applied one no error", () => {
    fc.assert(
      fc.property(input, (cart) => {
        const priced = priceCart(cart);
        expect(priced.appliedCoupon !== null && priced.couponError !== null).toBe(false);
        if (priced.couponError || !cart.coupon) expect(priced.discountCents).toBe(0);
        if (priced.appliedCoupon) expect(priced.appliedCoupon.code).toBe(cart.coupon!.code);
      }),
      RUNS,
    );
  });

  it("prices the same cart the same way twice and leaves its input alone", () => {
    fc.assert(
      fc.property(input, (cart) => {
        const before = structuredClone(cart);
        const first = priceCart(cart);
        expect(priceCart(structuredClone(cart))).toEqual(first);
        expect(cart).toEqual(before);
      }),
      RUNS,
    );
  });
});

describe("splitByLargestRemainder", () => {
  it("sums exactly, keeps each part within a cent of its share and never above its weight", () => {
    const weights = fc.array(fc.integer({ min: 0, max: 2_500_000 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(weights, fc.integer({ min: 0, max: 100 }), (ws, percent) => {
        const total = ws.reduce((sum, w) => sum + w, 0);
        const amount = Math.floor((total * percent) / 100);
        const parts = splitByLargestRemainder(amount, ws);
        expect(parts.reduce((sum, p) => sum + p, 0)).toBe(total === 0 ? 0 : amount);
        parts.forEach((part, i) => {
          expect(part).toBeLessThanOrEqual(ws[i]);
          if (total > 0) expect(Math.abs(part - (amount * ws[i]) / total)).toBeLessThan(1);
        });
      }),
      RUNS,
    );
  });
});
