import type { ShippingRule } from "../shipping/types";

// The pricing engine's own types. Money is integer cents; rates are whole percents (0..100).

export type CouponKind = "PRODUCT_PERCENT" | "ORDER_PERCENT" | "ORDER_FIXED";

/** Everything the engine needs to know about a coupon, usage counts included (see lib/coupons). */
export type CouponRules = {
  /** Normalised (trimmed, upper-case). */
  code: string;
  kind: CouponKind;
  /** ORDER_PERCENT: the rate for every eligible line. */
  percentOff: number | null;
  /** ORDER_FIXED: the amount taken off the eligible lines together. */
  amountOffCents: number | null;
  /** PRODUCT_PERCENT: productId -> percent off. Products not listed get nothing. */
  productRates: Record<string, number>;
  /** Products this coupon never discounts, whatever its kind. */
  excludedProductIds: string[];
  startsAt: Date;
  /** Null: no end. */
  endsAt: Date | null;
  active: boolean;
  /** Null: unlimited. */
  maxRedemptions: number | null;
  /** Redeemed uses plus live holds, across all shoppers. */
  usedOrHeld: number;
  /** Null: unlimited. */
  maxPerCustomer: number | null;
  /** Redeemed uses plus live holds by this shopper. */
  customerUses: number;
  /** Compared with the cart's subtotal before any discount. */
  minSubtotalCents: number;
};

export type CartLineInput = {
  productId: string;
  unitPriceCents: number;
  quantity: number;
};

export type PriceCartInput = {
  lines: readonly CartLineInput[];
  /** The coupon found for the code, or null (none entered, or no such coupon). */
  coupon: CouponRules | null;
  /** What the shopper typed. With `coupon` null, a non-blank code yields COUPON_UNKNOWN. */
  enteredCode?: string;
  now: Date;
  /** The destination zone's rule (lib/shipping). */
  shipping: ShippingRule;
};

export type PricedLine = {
  productId: string;
  quantity: number;
  unitPriceCents: number;
  subtotalCents: number;
  /** The coupon's rate for this line; 0 when none applies (and for ORDER_FIXED, which is an amount). */
  percentOff: number;
  discountCents: number;
  totalCents: number;
};

export type AppliedCoupon = {
  code: string;
  kind: CouponKind;
  /** A short summary for the cart, e.g. "FLASHSALE: up to 75% off devices". */
  description: string;
};

/**
 * Why a coupon was refused. Codes only: messages.ts turns them into sentences. COUPON_UNKNOWN also covers
 * a code that is switched off or not started yet (shoppers must not tell those apart; admin pages show them).
 */
export type CouponError =
  | { code: "COUPON_UNKNOWN"; couponCode: string }
  | { code: "COUPON_EXPIRED"; couponCode: string; endedAt: Date }
  | { code: "COUPON_USED_UP"; couponCode: string }
  | { code: "COUPON_ALREADY_USED"; couponCode: string; maxPerCustomer: number }
  | { code: "COUPON_MIN_SUBTOTAL"; couponCode: string; minSubtotalCents: number; missingCents: number }
  | { code: "COUPON_NOT_APPLICABLE"; couponCode: string };

export type CouponErrorCode = CouponError["code"];

export type PricedCart = {
  lines: PricedLine[];
  subtotalCents: number;
  /** Exactly the sum of the lines' discounts. */
  discountCents: number;
  shippingCents: number;
  /** subtotal - discount + shipping. */
  totalCents: number;
  appliedCoupon: AppliedCoupon | null;
  couponError: CouponError | null;
};
