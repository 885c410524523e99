import type { CouponError, CouponRules } from "./types";

export type CouponCheckContext = {
  now: Date;
  /** The whole cart's subtotal before any discount. */
  subtotalCents: number;
  /** Whether the coupon discounts at least one line of this cart (see applyCoupon). */
  applies: boolean;
};

/**
 * The first reason to refuse the coupon for this cart, or null when it may be used.
 * Live from the second it starts until (not including) the second it ends.
 */
export function checkCoupon(rules: CouponRules, context: CouponCheckContext): CouponError | null {
  const couponCode = rules.code;
  const now = context.now.getTime();
  // A switched-off or unannounced code answers exactly like a code that does not exist, so trying codes
  // cannot reveal the next sale before it starts. An ended code may say so: it was public while it ran.
  if (!rules.active || now < rules.startsAt.getTime()) return { code: "COUPON_UNKNOWN", couponCode };
  if (rules.endsAt !== null && now >= rules.endsAt.getTime()) {
    return { code: "COUPON_EXPIRED", couponCode, endedAt: rules.endsAt };
  }
  if (rules.maxRedemptions !== null && rules.usedOrHeld >= rules.maxRedemptions) {
    return { code: "COUPON_USED_UP", couponCode };
  }
  if (rules.maxPerCustomer !== null && rules.customerUses >= rules.maxPerCustomer) {
    return { code: "COUPON_ALREADY_USED", couponCode, maxPerCustomer: rules.maxPerCustomer };
  }
  // Before the minimum: "add $12 more" would be bad advice when nothing in the cart qualifies.
  if (!context.applies) return { code: "COUPON_NOT_APPLICABLE", couponCode };
  if (context.subtotalCents < rules.minSubtotalCents) {
    return {
      code: "COUPON_MIN_SUBTOTAL",
      couponCode,
      minSubtotalCents: rules.minSubtotalCents,
      missingCents: rules.minSubtotalCents - context.subtotalCents,
    };
  }
  return null;
}
