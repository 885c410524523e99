// How much of the FLASHSALE code is spent: paid uses, live holds by pending checkouts, and the cap.
import "server-only";
import { liveHoldWhere } from "../../coupons/live-redemption";
import { db } from "../../db";

export const FLASH_SALE_CODE = "FLASHSALE";

export type FlashSaleUsage = { code: string; redeemed: number; liveHolds: number; limit: number | null; remaining: number | null; endsAt: Date | null; active: boolean };

export async function getFlashSaleUsage(now = new Date()): Promise<FlashSaleUsage | null> {
  const coupon = await db.coupon.findUnique({ where: { code: FLASH_SALE_CODE } });
  if (!coupon) return null;
  const [redeemed, liveHolds] = await Promise.all([
    db.couponRedemption.count({ where: { couponId: coupon.id, status: "REDEEMED" } }),
    db.couponRedemption.count({ where: { AND: [{ couponId: coupon.id }, liveHoldWhere(now)] } }),
  ]);
  const limit = coupon.maxRedemptions;
  return {
    code: coupon.code,
    redeemed,
    liveHolds,
    limit,
    remaining: limit === null ? null : Math.max(0, limit - redeemed - liveHolds),
    endsAt: coupon.endsAt,
    active: coupon.active,
  };
}
