// The coupon as the audit log records it: its own fields plus its rates and exclusions, so a diff shows
// exactly what an edit changed (a FLASHSALE rate, a limit, the window).
import type { Coupon, Prisma } from "../../generated/prisma/client";

export const couponWithRules = {
  rates: { select: { productId: true, percentOff: true }, orderBy: { productId: "asc" } },
  exclusions: { select: { productId: true }, orderBy: { productId: "asc" } },
} satisfies Prisma.CouponInclude;

type CouponWithRules = Prisma.CouponGetPayload<{ include: typeof couponWithRules }>;

/** A coupon's code and what it takes off, as every staff view shows them. */
export function couponTerms(coupon: Coupon) {
  return {
    code: coupon.code,
    description: coupon.description,
    kind: coupon.kind,
    percentOff: coupon.percentOff,
    amountOffCents: coupon.amountOffCents,
  };
}

export function couponSnapshot(coupon: CouponWithRules) {
  return {
    ...couponTerms(coupon),
    rates: Object.fromEntries(coupon.rates.map((rate) => [rate.productId, rate.percentOff])),
    excludedProductIds: coupon.exclusions.map((exclusion) => exclusion.productId),
    startsAt: coupon.startsAt.toISOString(),
    endsAt: coupon.endsAt?.toISOString() ?? null,
    maxRedemptions: coupon.maxRedemptions,
    maxPerCustomer: coupon.maxPerCustomer,
    minSubtotalCents: coupon.minSubtotalCents,
    active: coupon.active,
  };
}
