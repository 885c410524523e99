import { describe, expect, it } from "vitest";
import { couponErrorMessage } from "./messages";
import { priceCart } from "./price-cart";
import type { CartLineInput, CouponErrorCode, CouponRules, PriceCartInput } from "./types";

const NOW = new Date("2026-11-20T12:00:00Z");
/** The United States zone as seeded. */
const SHIPPING = { rateCents: 995, freeShippingOverCents: 15000 };
const US111 = { productId: "us111", unitPriceCents: 39900, quantity: 1 };
const ULTRAGUN = { productId: "ultragun", unitPriceCents: 15900, quantity: 1 };
const ULTRAGUN_PRO = { productId: "ultragun-pro", unitPriceCents: 24900, quantity: 1 };

function coupon(overrides: Partial<CouponRules> = {}): CouponRules {
  return {
    code: "FLASHSALE",
    kind: "PRODUCT_PERCENT",
    percentOff: null,
    amountOffCents: null,
    productRates: { us111: 40, ultragun: 75, "ultragun-pro": 60 },
    excludedProductIds: [],
    startsAt: new Date("2026-11-19T00:00:00Z"),
    endsAt: new Date("2026-12-03T00:00:00Z"),
    active: true,
    maxRedemptions: null,
    usedOrHeld: 0,
    maxPerCustomer: null,
    customerUses: 0,
    minSubtotalCents: 0,
    ...overrides,
  };
}

function price(lines: CartLineInput[], rules: CouponRules | null, extra: Partial<PriceCartInput> = {}) {
  return priceCart({ lines, coupon: rules, now: NOW, shipping: SHIPPING, ...extra });
}

describe("priceCart with FLASHSALE", () => {
  it("takes each device's own rate off and ships free", () => {
    const cart = price([US111, ULTRAGUN, ULTRAGUN_PRO], coupon());
    expect(cart.lines.map(({ productId, percentOff, discountCents, totalCents }) => [productId, percentOff, discountCents, totalCents])).toEqual([
      ["us111", 40, 15960, 23940],
      ["ultragun", 75, 11925, 3975],
      ["ultragun-pro", 60, 14940, 9960],
    ]);
    expect(cart).toMatchObject({
      subtotalCents: 80700,
      discountCents: 42825,
      shippingCents: 0,
      totalCents: 37875,
      couponError: null,
      appliedCoupon: { code: "FLASHSALE", kind: "PRODUCT_PERCENT", description: "FLASHSALE: up to 75% off devices" },
    });
  });

  it("discounts the whole line when the quantity is above one", () => {
    const cart = price([{ ...ULTRAGUN, quantity: 3 }], coupon());
    expect(cart.lines[0]).toMatchObject({ subtotalCents: 47700, discountCents: 35775, totalCents: 11925 });
    expect(cart.appliedCoupon?.description).toBe("FLASHSALE: 75% off selected devices");
  });

  it("charges shipping when the discounted cart falls below the free-shipping threshold", () => {
    // 15900 - 11925 = 3975, below 15000.
    const cart = price([ULTRAGUN], coupon());
    expect(cart).toMatchObject({ discountCents: 11925, shippingCents: 995, totalCents: 3975 + 995 });
  });

  it("leaves products without a rate at full price", () => {
    const cart = price([ULTRAGUN, { productId: "gel", unitPriceCents: 1200, quantity: 2 }], coupon());
    expect(cart.lines[1]).toMatchObject({ percentOff: 0, discountCents: 0, totalCents: 2400 });
  });
});

describe("priceCart without a coupon", () => {
  it("charges nothing at all for an empty cart", () => {
    expect(price([], null)).toMatchObject({ lines: [], subtotalCents: 0, shippingCents: 0, totalCents: 0, couponError: null });
  });

  it.each([
    [14999, 995],
    [15000, 0],
    [15001, 0],
  ])("a %i cent cart pays %i cents shipping", (unitPriceCents, shippingCents) => {
    const cart = price([{ productId: "x", unitPriceCents, quantity: 1 }], null);
    expect(cart.shippingCents).toBe(shippingCents);
    expect(cart.totalCents).toBe(unitPriceCents + shippingCents);
  });

  it("ignores a blank code and reports an unknown one in its normalised form", () => {
    expect(price([ULTRAGUN], null, { enteredCode: "   " }).couponError).toBeNull();
    expect(price([ULTRAGUN], null, { enteredCode: " spring99 " }).couponError).toEqual({
      code: "COUPON_UNKNOWN",
      couponCode: "SPRING99",
    });
  });

  it.each([
    [{ productId: "x", unitPriceCents: 10.5, quantity: 1 }],
    [{ productId: "x", unitPriceCents: -1, quantity: 1 }],
    [{ productId: "x", unitPriceCents: 100, quantity: 0 }],
    [{ productId: "x", unitPriceCents: 100, quantity: 1.5 }],
  ])("refuses a malformed line %o", (line) => {
    expect(() => price([line], null)).toThrow(RangeError);
  });
});

describe("order-wide coupons", () => {
  const spring = coupon({ code: "SPRING10", kind: "ORDER_PERCENT", percentOff: 10, productRates: {} });

  it("ORDER_PERCENT rounds each line half up and skips excluded products", () => {
    const cart = price(
      [
        { productId: "a", unitPriceCents: 995, quantity: 1 }, // 99.5 -> 100
        { productId: "b", unitPriceCents: 333, quantity: 1 }, // 33.3 -> 33
        { productId: "c", unitPriceCents: 5000, quantity: 1 },
      ],
      { ...spring, excludedProductIds: ["c"] },
    );
    expect(cart.lines.map((line) => line.discountCents)).toEqual([100, 33, 0]);
    expect(cart.discountCents).toBe(133);
    expect(cart.appliedCoupon?.description).toBe("SPRING10: 10% off eligible items");
  });

  it("ORDER_FIXED splits the amount by subtotal and the parts add up exactly", () => {
    const save = coupon({ code: "SAVE10", kind: "ORDER_FIXED", amountOffCents: 1000, productRates: {} });
    const thirds = ["a", "b", "c"].map((productId) => ({ productId, unitPriceCents: 3000, quantity: 1 }));
    const cart = price(thirds, save);
    expect(cart.lines.map((line) => line.discountCents)).toEqual([334, 333, 333]);
    expect(cart.discountCents).toBe(1000);
    expect(cart.appliedCoupon?.description).toBe("SAVE10: $10.00 off your order");

    const uneven = price(
      [
        { productId: "a", unitPriceCents: 100, quantity: 1 },
        { productId: "b", unitPriceCents: 200, quantity: 1 },
        { productId: "c", unitPriceCents: 9700, quantity: 1 },
      ],
      { ...save, amountOffCents: 999 },
    );
    // Exact shares 9.99, 19.98, 969.03: the spare cent goes to the largest remainder (19.98).
    expect(uneven.lines.map((line) => line.discountCents)).toEqual([10, 20, 969]);
  });

  it("ORDER_FIXED never takes more than the eligible lines cost", () => {
    const save = coupon({ code: "SAVE50", kind: "ORDER_FIXED", amountOffCents: 5000, excludedProductIds: ["b"] });
    const cart = price(
      [
        { productId: "a", unitPriceCents: 1200, quantity: 2 },
        { productId: "b", unitPriceCents: 9000, quantity: 1 },
      ],
      save,
    );
    expect(cart.lines.map((line) => line.discountCents)).toEqual([2400, 0]);
    expect(cart).toMatchObject({ discountCents: 2400, shippingCents: 995, totalCents: 9000 + 995 });
    expect(cart.appliedCoupon?.description).toBe("SAVE50: $24.00 off eligible items");
  });
});

describe("coupon window", () => {
  const rules = coupon({ startsAt: new Date("2026-11-20T09:00:00Z"), endsAt: new Date("2026-11-21T09:00:00Z") });

  it.each([
    ["the second before it starts", "2026-11-20T08:59:59Z", "COUPON_UNKNOWN"],
    ["the millisecond before it starts", "2026-11-20T08:59:59.999Z", "COUPON_UNKNOWN"],
    ["the second it starts", "2026-11-20T09:00:00Z", null],
    ["the last millisecond", "2026-11-21T08:59:59.999Z", null],
    ["the second it ends", "2026-11-21T09:00:00Z", "COUPON_EXPIRED"],
    ["the second after it ends", "2026-11-21T09:00:01Z", "COUPON_EXPIRED"],
  ])("%s (%s) -> %s", (_label, at, expected) => {
    const cart = price([ULTRAGUN], rules, { now: new Date(at) });
    expect(cart.couponError?.code ?? null).toBe(expected);
    expect(cart.discountCents).toBe(expected ? 0 : 11925);
  });

  it("a coupon with no end date never expires", () => {
    const cart = price([ULTRAGUN], coupon({ endsAt: null }), { now: new Date("2040-01-01T00:00:00Z") });
    expect(cart.couponError).toBeNull();
  });
});

describe("refused coupons", () => {
  const cases: [string, CouponRules | null, CartLineInput[], CouponErrorCode, string][] = [
    ["no such code", null, [ULTRAGUN], "COUPON_UNKNOWN", "NOPE isn't a coupon code we know. Check the spelling and try again."],
    ["switched off", coupon({ active: false }), [ULTRAGUN], "COUPON_UNKNOWN", "FLASHSALE isn't a coupon code we know. Check the spelling and try again."],
    [
      "not started",
      coupon({ startsAt: new Date("2026-12-01T00:00:00Z") }),
      [ULTRAGUN],
      "COUPON_UNKNOWN",
      "FLASHSALE isn't a coupon code we know. Check the spelling and try again.",
    ],
    ["ended", coupon({ endsAt: new Date("2026-11-20T11:00:00Z") }), [ULTRAGUN], "COUPON_EXPIRED", "FLASHSALE has ended."],
    [
      "every use taken or held",
      coupon({ maxRedemptions: 100, usedOrHeld: 100 }),
      [ULTRAGUN],
      "COUPON_USED_UP",
      "FLASHSALE has been claimed the maximum number of times.",
    ],
    [
      "once per customer, used once",
      coupon({ maxPerCustomer: 1, customerUses: 1 }),
      [ULTRAGUN],
      "COUPON_ALREADY_USED",
      "You have already used FLASHSALE; it works once per customer.",
    ],
    [
      "three per customer, used three times",
      coupon({ maxPerCustomer: 3, customerUses: 3 }),
      [ULTRAGUN],
      "COUPON_ALREADY_USED",
      "You have already used FLASHSALE 3 times, its limit per customer.",
    ],
    [
      "below the minimum",
      coupon({ code: "SPRING10", kind: "ORDER_PERCENT", percentOff: 10, minSubtotalCents: 10000 }),
      [{ productId: "a", unitPriceCents: 8750, quantity: 1 }],
      "COUPON_MIN_SUBTOTAL",
      "Add $12.50 more to use SPRING10 (minimum order $100.00).",
    ],
    [
      "nothing in the cart has a rate",
      coupon(),
      [{ productId: "gel", unitPriceCents: 1200, quantity: 1 }],
      "COUPON_NOT_APPLICABLE",
      "FLASHSALE doesn't cover anything in your cart.",
    ],
    [
      "everything in the cart is excluded",
      coupon({ code: "SAVE20", kind: "ORDER_FIXED", amountOffCents: 2000, excludedProductIds: ["ultragun"] }),
      [ULTRAGUN],
      "COUPON_NOT_APPLICABLE",
      "SAVE20 doesn't cover anything in your cart.",
    ],
    ["an empty cart", coupon(), [], "COUPON_NOT_APPLICABLE", "FLASHSALE doesn't cover anything in your cart."],
  ];

  it.each(cases)("%s -> %s", (_label, rules, lines, code, message) => {
    const cart = price(lines, rules, { enteredCode: rules ? rules.code.toLowerCase() : "nope" });
    expect(cart.couponError?.code).toBe(code);
    expect(couponErrorMessage(cart.couponError!)).toBe(message);
    expect(cart.appliedCoupon).toBeNull();
    expect(cart.discountCents).toBe(0);
    expect(cart.lines.every((line) => line.discountCents === 0 && line.percentOff === 0)).toBe(true);
    expect(cart.totalCents).toBe(cart.subtotalCents + cart.shippingCents);
  });

  it.each([
    ["switched off", coupon({ active: false })],
    ["not started", coupon({ startsAt: new Date("2026-12-01T00:00:00Z") })],
    ["switched off and used up", coupon({ active: false, maxRedemptions: 1, usedOrHeld: 1 })],
  ])("answers a code that is %s exactly like a code that does not exist", (_label, rules) => {
    const hidden = price([ULTRAGUN], rules, { enteredCode: "flashsale" });
    const unknown = price([ULTRAGUN], null, { enteredCode: "flashsale" });
    expect(hidden).toEqual(unknown);
  });

  it("reports how much is missing for the minimum", () => {
    const cart = price([{ productId: "a", unitPriceCents: 8750, quantity: 1 }], coupon({ minSubtotalCents: 10000, productRates: { a: 10 } }));
    expect(cart.couponError).toEqual({ code: "COUPON_MIN_SUBTOTAL", couponCode: "FLASHSALE", minSubtotalCents: 10000, missingCents: 1250 });
  });

  it.each([
    ["one use left", coupon({ maxRedemptions: 100, usedOrHeld: 99 })],
    ["one use left for this customer", coupon({ maxPerCustomer: 2, customerUses: 1 })],
    ["exactly the minimum", coupon({ minSubtotalCents: 15900 })],
  ])("accepts the coupon with %s", (_label, rules) => {
    const cart = price([ULTRAGUN], rules);
    expect(cart.couponError).toBeNull();
    expect(cart.discountCents).toBe(11925);
  });

  it("checks the minimum against the subtotal before the discount", () => {
    // 15900 reaches a 15000 minimum even though 75% off leaves 3975.
    expect(price([ULTRAGUN], coupon({ minSubtotalCents: 15000 })).couponError).toBeNull();
  });

  it("shortens a very long unknown code in the message", () => {
    const cart = price([ULTRAGUN], null, { enteredCode: "x".repeat(200) });
    expect(couponErrorMessage(cart.couponError!)).toBe(
      `${"X".repeat(24)}… isn't a coupon code we know. Check the spelling and try again.`,
    );
  });
});
