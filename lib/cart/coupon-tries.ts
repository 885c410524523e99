// Limits on trying coupon codes, so that codes cannot be found by guessing: per cart, and per client address
// (a fresh cart is only a new cookie away). Far above what a shopper does: one code, a typo or two.
//
// Only refused tries count. Each try takes a slot before the code is looked at (one atomic statement, so a
// burst of parallel tries cannot all pass) and gives it back when the code is applied. Guessing is made of
// refusals; shoppers behind one shared address (an office, a mobile carrier's NAT) who all apply the sale's
// code never use up each other's tries.
import { giveBackRateLimitHit, hitRateLimit, type RateLimitRule } from "../auth/rate-limit";

export const COUPON_TRY_LIMITS = {
  perCart: { limit: 10, windowSeconds: 15 * 60 },
  perAddress: { limit: 30, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

export type CouponTriesRefusal = { code: "COUPON_TRIES_LIMITED"; retryAfterSeconds: number };

export type CouponTry = { ok: true; keys: string[] } | ({ ok: false } & CouponTriesRefusal);

/** Counts a try of a code for this cart from this address; refused once either limit is reached. */
export async function startCouponTry(cartId: string, address: string, now: Date): Promise<CouponTry> {
  const keys = [`coupon:cart:${cartId}`, `coupon:ip:${address}`];
  const results = await Promise.all([
    hitRateLimit(keys[0], COUPON_TRY_LIMITS.perCart, now),
    hitRateLimit(keys[1], COUPON_TRY_LIMITS.perAddress, now),
  ]);
  const waits = results.flatMap((result) => (result.allowed ? [] : [result.retryAfterSeconds]));
  if (waits.length > 0) return { ok: false, code: "COUPON_TRIES_LIMITED", retryAfterSeconds: Math.max(...waits) };
  return { ok: true, keys };
}

/** The try applied a code: it does not count against either limit. */
export async function forgiveCouponTry(attempt: { keys: string[] }, now: Date): Promise<void> {
  await Promise.all(attempt.keys.map((key) => giveBackRateLimitHit(key, now)));
}
