// One PING to Redis, bounded in time, for /api/health. A fresh client per check with no reconnection
// and no offline queue: a down Redis costs one refused connect (or the timeout), never a reconnect
// loop, and the answer is about Redis now, not about a link opened minutes ago. The client is always
// disconnected at the end, so a hung Redis leaves no socket behind.
import { createClient } from "redis";

export type PingResult = { ok: true; latencyMs: number } | { ok: false; latencyMs: number; reason: string };

export const REDIS_PING_TIMEOUT_MS = 1000;

export async function pingRedis(url: string, timeoutMs = REDIS_PING_TIMEOUT_MS): Promise<PingResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let client: ReturnType<typeof createClient> | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const redis = (client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: timeoutMs, reconnectStrategy: false },
    }));
    redis.on("error", () => {}); // reported through the promise below; an unhandled 'error' would crash the process
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
    });
    const answer = await Promise.race([redis.connect().then(() => redis.ping()), timeout]);
    if (answer !== "PONG") return { ok: false, latencyMs: elapsed(), reason: "redis answered unexpectedly" };
    return { ok: true, latencyMs: elapsed() };
  } catch (error) {
    const timedOut = error instanceof Error && error.message === "timeout";
    // The reason names the failure kind only: the URL may hold a password.
    return { ok: false, latencyMs: elapsed(), reason: timedOut ? `redis did not answer within ${timeoutMs} ms` : "redis unreachable" };
  } finally {
    clearTimeout(timer);
    if (client?.isOpen) await client.disconnect().catch(() => {});
  }
}
