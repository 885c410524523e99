import "server-only";
import { db } from "../db";
import type { FlashSale } from "./types";

export const FLASH_SALE_CODE = "FLASHSALE";

/**
 * The FLASHSALE coupon as configured, or null when it is switched off or discounts nothing.
 * Only rates for active products count, so "up to N%" never names a hidden product's rate.
 * Whether it is live depends on the time, decided by the caller (see isLive).
 */
export async function getFlashSale(): Promise<FlashSale | null> {
  const coupon = await db.coupon.findUnique({
    where: { code: FLASH_SALE_CODE },
    include: { rates: { where: { product: { active: true } } } },
  });
  if (!coupon || !coupon.active || coupon.rates.length === 0) return null;
  return {
    code: coupon.code,
    startsAt: coupon.startsAt,
    endsAt: coupon.endsAt,
    maxPercentOff: Math.max(...coupon.rates.map((rate) => rate.percentOff)),
    rates: Object.fromEntries(coupon.rates.map((rate) => [rate.productId, rate.percentOff])),
  };
}
