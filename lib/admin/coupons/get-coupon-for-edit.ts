import "server-only";
import { db } from "../../db";
import type { CouponInput } from "./coupon-schema";
import { couponTerms } from "./coupon-snapshot";

export type CouponForEdit = Omit<CouponInput, "id"> & { id: string };

/** A coupon as the edit form shows it, or null. */
export async function getCouponForEdit(id: string): Promise<CouponForEdit | null> {
  if (id.length > 64) return null;
  const coupon = await db.coupon.findUnique({
    where: { id },
    include: { rates: { select: { productId: true, percentOff: true } }, exclusions: { select: { productId: true } } },
  });
  if (!coupon) return null;
  return {
    id: coupon.id,
    ...couponTerms(coupon),
    rates: coupon.rates,
    excludedProductIds: coupon.exclusions.map((exclusion) => exclusion.productId),
    startsAt: coupon.startsAt,
    endsAt: coupon.endsAt,
    maxRedemptions: coupon.maxRedemptions,
    maxPerCustomer: coupon.maxPerCustomer,
    minSubtotalCents: coupon.minSubtotalCents,
    active: coupon.active,
  };
}
