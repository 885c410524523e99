// What /api/health reports: the database and Redis, each checked with a short timeout, so a health
// check never hangs a load balancer. The database is required (no page renders without it): down ->
// "down", HTTP 503. Redis is optional: it only carries the shared page cache, and lib/cache falls back
// to each instance's own cache while it is away, so pages still render: Redis down -> "degraded", HTTP
// 200 (the instance stays in rotation; alert on "degraded"). Without REDIS_URL it is not checked.
import type { Db } from "../database/create-client";
import { logger } from "../log/logger";
import { pingRedis } from "./ping-redis";
import { timedCheck, type CheckResult } from "./timed-check";

export const HEALTH_TIMEOUT_MS = 1000;

export type HealthReport = {
  status: "ok" | "degraded" | "down";
  database: CheckResult;
  redis: CheckResult | { configured: false };
};

/** One round trip to the database, bounded in time. */
export function checkDatabase(db: Db, timeoutMs = HEALTH_TIMEOUT_MS): Promise<CheckResult> {
  return timedCheck("database", timeoutMs, async () => {
    await db.$queryRaw`SELECT 1`;
  });
}

/** Both checks at once; the whole report takes at most about `timeoutMs`. */
export async function checkHealth(options: { db: Db; redisUrl?: string; timeoutMs?: number }): Promise<HealthReport> {
  const timeoutMs = options.timeoutMs ?? HEALTH_TIMEOUT_MS;
  const [database, redis] = await Promise.all([
    checkDatabase(options.db, timeoutMs),
    options.redisUrl ? pingRedis(options.redisUrl, timeoutMs) : Promise.resolve({ configured: false as const }),
  ]);
  const redisDown = "ok" in redis && !redis.ok;
  const status = !database.ok ? "down" : redisDown ? "degraded" : "ok";
  if (status !== "ok") logger.warn({ database, redis }, `health: ${status}`);
  return { status, database, redis };
}

/** down -> 503 (take this instance out of rotation); ok and degraded -> 200 (it still serves pages). */
export function healthStatusCode(report: HealthReport): number {
  return report.status === "down" ? 503 : 200;
}
