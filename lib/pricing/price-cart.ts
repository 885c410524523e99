import { priceShipping } from "../shipping/price-shipping";
import { applyCoupon } from "./apply-coupon";
import { checkCoupon } from "./check-coupon";
import { describeCoupon } from "./describe-coupon";
import { normalizeCouponCode } from "./normalize-coupon-code";
import type { CartLineInput, CouponError, PriceCartInput, PricedCart, PricedLine } from "./types";

function assertCents(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number of cents, 0 or more (got ${value}).`);
  }
}

function assertLine(line: CartLineInput): void {
  assertCents(line.unitPriceCents, `unitPriceCents of ${line.productId}`);
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
    throw new RangeError(`quantity of ${line.productId} must be a whole number, 1 or more (got ${line.quantity}).`);
  }
  assertCents(line.unitPriceCents * line.quantity, `subtotal of ${line.productId}`);
}

/**
 * Prices a cart: line subtotals, the coupon's discount per line, shipping to the destination's zone and the
 * total, all in integer cents.
 * Pure: the same input always gives the same result. A refused coupon discounts nothing and says why.
 */
export function priceCart(input: PriceCartInput): PricedCart {
  input.lines.forEach(assertLine);
  assertCents(input.shipping.rateCents, "shipping.rateCents");
  if (input.shipping.freeShippingOverCents !== null) assertCents(input.shipping.freeShippingOverCents, "shipping.freeShippingOverCents");

  const base = input.lines.map((line) => ({ ...line, subtotalCents: line.unitPriceCents * line.quantity }));
  const subtotalCents = base.reduce((sum, line) => sum + line.subtotalCents, 0);

  let couponError: CouponError | null = null;
  let discounts = base.map(() => ({ percentOff: 0, discountCents: 0 }));
  const { coupon } = input;
  if (coupon) {
    const application = applyCoupon(coupon, base);
    couponError = checkCoupon(coupon, { now: input.now, subtotalCents, applies: application.applies });
    if (!couponError) discounts = application.lines;
  } else if (input.enteredCode !== undefined && normalizeCouponCode(input.enteredCode) !== "") {
    couponError = { code: "COUPON_UNKNOWN", couponCode: normalizeCouponCode(input.enteredCode) };
  }

  const lines: PricedLine[] = base.map((line, index) => {
    // applyCoupon never exceeds a line's subtotal; the clamp makes that a guarantee of this function.
    const discountCents = Math.min(line.subtotalCents, Math.max(0, discounts[index].discountCents));
    return {
      productId: line.productId,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      subtotalCents: line.subtotalCents,
      percentOff: discounts[index].percentOff,
      discountCents,
      totalCents: line.subtotalCents - discountCents,
    };
  });
  const discountCents = lines.reduce((sum, line) => sum + line.discountCents, 0);
  const afterDiscountCents = subtotalCents - discountCents;
  const shippingCents = lines.length === 0 ? 0 : priceShipping(input.shipping, afterDiscountCents);

  return {
    lines,
    subtotalCents,
    discountCents,
    shippingCents,
    totalCents: afterDiscountCents + shippingCents,
    appliedCoupon:
      coupon && !couponError
        ? { code: coupon.code, kind: coupon.kind, description: describeCoupon(coupon, lines, discountCents) }
        : null,
    couponError,
  };
}
