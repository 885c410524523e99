import "server-only";
import { liveHoldWhere } from "../../coupons/live-redemption";
import { db } from "../../db";
import { couponTerms } from "./coupon-snapshot";

/** "75%", "$10.00 off" ... decided by the page; these are the raw figures. */
export type CouponRow = ReturnType<typeof couponTerms> & {
  id: string;
  maxRateOff: number | null;
  startsAt: Date;
  endsAt: Date | null;
  active: boolean;
  redeemed: number;
  /** Holds by pending orders that have not lapsed yet. */
  held: number;
  maxRedemptions: number | null;
};

/** Every coupon, newest first, with its uses so far: paid redemptions and live holds, counted in the database. */
export async function listCoupons(now: Date = new Date()): Promise<CouponRow[]> {
  const coupons = await db.coupon.findMany({
    orderBy: [{ active: "desc" }, { createdAt: "desc" }],
    include: {
      rates: { select: { percentOff: true } },
      _count: {
        select: {
          redemptions: { where: { status: "REDEEMED" } },
        },
      },
    },
  });
  const holds = await db.couponRedemption.groupBy({
    by: ["couponId"],
    where: liveHoldWhere(now),
    _count: { _all: true },
  });
  const heldBy = new Map(holds.map((row) => [row.couponId, row._count._all]));
  return coupons.map((coupon) => ({
    id: coupon.id,
    ...couponTerms(coupon),
    maxRateOff: coupon.rates.length ? Math.max(...coupon.rates.map((rate) => rate.percentOff)) : null,
    startsAt: coupon.startsAt,
    endsAt: coupon.endsAt,
    active: coupon.active,
    redeemed: coupon._count.redemptions,
    held: heldBy.get(coupon.id) ?? 0,
    maxRedemptions: coupon.maxRedemptions,
  }));
}
