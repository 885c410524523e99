import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";

export const FLASH_SALE_CODE = "FLASHSALE";

export type FlashSale = {
  code: string;
  startsAt: Date;
  endsAt: Date | null;
  maxPercentOff: number;
  /** productId -> percent off */
  rates: Record<string, number>;
};

/** The FLASHSALE coupon as configured, or null when it is switched off. Whether it is live depends on the time, decided by the caller. */
export async function getFlashSale(): Promise<FlashSale | null> {
  "use cache";
  cacheTag(TAGS.coupons);
  cacheLife("hours");
  const coupon = await db.coupon.findUnique({
    where: { code: FLASH_SALE_CODE },
    include: { rates: true },
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

export function isLive(sale: Pick<FlashSale, "startsAt" | "endsAt">, now: Date): boolean {
  return sale.startsAt <= now && (sale.endsAt === null || now < sale.endsAt);
}
