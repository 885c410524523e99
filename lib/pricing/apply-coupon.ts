import { percentOfCents } from "./round";
import { splitByLargestRemainder } from "./split-by-largest-remainder";
import type { CouponRules } from "./types";

export type LineDiscount = { percentOff: number; discountCents: number };

export type CouponApplication = {
  /** False when no line in the cart qualifies (the coupon would change nothing). */
  applies: boolean;
  lines: LineDiscount[];
};

/** A whole percent in 0..100; anything else (NaN, negatives, > 100) is clamped. */
function clampPercent(percent: number | null | undefined): number {
  if (typeof percent !== "number" || !Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, percent));
}

function rateFor(rules: CouponRules, productId: string): number {
  switch (rules.kind) {
    case "PRODUCT_PERCENT":
      return Object.hasOwn(rules.productRates, productId) ? clampPercent(rules.productRates[productId]) : 0;
    case "ORDER_PERCENT":
      return clampPercent(rules.percentOff);
    case "ORDER_FIXED":
      return 0;
  }
}

/**
 * What the coupon takes off each line, ignoring its window and limits (checkCoupon decides those).
 * Percent kinds: each line's discount is its own rate of its subtotal, rounded half up.
 * ORDER_FIXED: the amount (at most the eligible lines' subtotal) is split over eligible lines by subtotal.
 */
export function applyCoupon(
  rules: CouponRules,
  lines: readonly { productId: string; subtotalCents: number }[],
): CouponApplication {
  const excluded = new Set(rules.excludedProductIds);
  const none: LineDiscount = { percentOff: 0, discountCents: 0 };

  if (rules.kind === "ORDER_FIXED") {
    const weights = lines.map((line) => (excluded.has(line.productId) ? 0 : line.subtotalCents));
    const eligibleCents = weights.reduce((sum, weight) => sum + weight, 0);
    const amountCents = Math.max(0, Math.floor(rules.amountOffCents ?? 0));
    if (eligibleCents === 0 || amountCents === 0) return { applies: false, lines: lines.map(() => none) };
    const parts = splitByLargestRemainder(Math.min(amountCents, eligibleCents), weights);
    return { applies: true, lines: parts.map((discountCents) => ({ percentOff: 0, discountCents })) };
  }

  let applies = false;
  const discounts = lines.map((line) => {
    const rate = excluded.has(line.productId) ? 0 : rateFor(rules, line.productId);
    if (rate === 0 || line.subtotalCents === 0) return none;
    applies = true;
    return { percentOff: rate, discountCents: percentOfCents(line.subtotalCents, rate) };
  });
  return { applies, lines: applies ? discounts : lines.map(() => none) };
}
