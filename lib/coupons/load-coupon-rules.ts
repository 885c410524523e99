import "server-only";
import { db } from "../db";
import { normalizeCouponCode, type CouponRules } from "../pricing";
import { customerKey, type CouponCustomer } from "./customer-key";
import { liveRedemptionWhere } from "./live-redemption";

/**
 * The coupon's rules for the pricing engine, with its uses so far (all shoppers, and this one),
 * or null when no coupon has this code. Not cached: counts change with every checkout.
 */
export async function loadCouponRules(code: string, customer: CouponCustomer, now: Date): Promise<CouponRules | null> {
  const normalized = normalizeCouponCode(code);
  if (!normalized) return null;
  const live = liveRedemptionWhere(now);
  const coupon = await db.coupon.findUnique({
    where: { code: normalized },
    include: {
      rates: { select: { productId: true, percentOff: true } },
      exclusions: { select: { productId: true } },
      _count: { select: { redemptions: { where: live } } },
    },
  });
  if (!coupon) return null;

  const key = customerKey(customer);
  const customerUses = key
    ? await db.couponRedemption.count({ where: { AND: [{ couponId: coupon.id, customerKey: key }, live] } })
    : 0;

  return {
    code: coupon.code,
    kind: coupon.kind,
    percentOff: coupon.percentOff,
    amountOffCents: coupon.amountOffCents,
    productRates: Object.fromEntries(coupon.rates.map((rate) => [rate.productId, rate.percentOff])),
    excludedProductIds: coupon.exclusions.map((exclusion) => exclusion.productId),
    startsAt: coupon.startsAt,
    endsAt: coupon.endsAt,
    active: coupon.active,
    maxRedemptions: coupon.maxRedemptions,
    usedOrHeld: coupon._count.redemptions,
    maxPerCustomer: coupon.maxPerCustomer,
    customerUses,
    minSubtotalCents: coupon.minSubtotalCents,
  };
}
