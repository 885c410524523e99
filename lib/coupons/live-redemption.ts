// The one rule for what uses up a coupon at a given moment, in both forms the store queries with: a
// redemption counts when it is paid (REDEEMED), or when it is a hold whose order is still pending and whose
// hold has not lapsed. A hold without an expiry, or one whose order was closed, holds nothing. Checkout's
// conditional insert (SQL), pricing, the coupon list and the dashboard all count with it;
// live-redemption.integration.test.ts keeps the two forms equal.
import { Prisma } from "../generated/prisma/client";

/** Prisma filter for a live hold (a HELD row that still holds). */
export function liveHoldWhere(now: Date): Prisma.CouponRedemptionWhereInput {
  return { status: "HELD", expiresAt: { gt: now }, order: { status: "PENDING" } };
}

/** Prisma filter for a redemption that counts against a limit. */
export function liveRedemptionWhere(now: Date): Prisma.CouponRedemptionWhereInput {
  return { OR: [{ status: "REDEEMED" }, liveHoldWhere(now)] };
}

/** The same rule as SQL, for the `coupon_redemptions` row aliased `alias` in a raw query. */
export function liveRedemptionSql(alias: string, now: Date): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  const r = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${r}."status" = 'REDEEMED' OR (${r}."status" = 'HELD' AND ${r}."expires_at" > ${now}
            AND EXISTS (SELECT 1 FROM "orders" o WHERE o."id" = ${r}."order_id" AND o."status" = 'PENDING')))`;
}
