// Fixed-window counters in PostgreSQL, so a limit holds across every app instance.
// One statement increments (or restarts an expired window) and returns the new count: no read-then-write race.
import { db } from "../db";

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimitRule = { limit: number; windowSeconds: number };

export async function hitRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const resetAt = new Date(now.getTime() + rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number; reset_at: Date }[]>`
    INSERT INTO "rate_limits" ("key", "count", "reset_at") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rate_limits"."reset_at" <= ${now} THEN 1 ELSE "rate_limits"."count" + 1 END,
      "reset_at" = CASE WHEN "rate_limits"."reset_at" <= ${now} THEN ${resetAt} ELSE "rate_limits"."reset_at" END
    RETURNING "count", "reset_at"`;
  const { count, reset_at } = rows[0];
  if (count <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((reset_at.getTime() - now.getTime()) / 1000)) };
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/**
 * Gives back one hit of the key's current window (never below zero), for limits that count only refused
 * tries: the hit is taken before the try (so parallel tries cannot all pass) and returned when it succeeds.
 */
export async function giveBackRateLimitHit(key: string, now = new Date()): Promise<void> {
  await db.$executeRaw`
    UPDATE "rate_limits" SET "count" = "count" - 1 WHERE "key" = ${key} AND "count" > 0 AND "reset_at" > ${now}`;
}
