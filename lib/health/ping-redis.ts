// One PING to Redis, bounded in time, for /api/health. A fresh client per check with no reconnection
// and no offline queue: a down Redis costs one refused connect (or the timeout), never a reconnect
// loop, and the answer is about Redis now, not about a link opened minutes ago. The client is always
// disconnected at the end, so a hung Redis leaves no socket behind.
import { createClient } from "redis";
import { timedCheck, type CheckResult } from "./timed-check";

export const REDIS_PING_TIMEOUT_MS = 1000;

export async function pingRedis(url: string, timeoutMs = REDIS_PING_TIMEOUT_MS): Promise<CheckResult> {
  let client: ReturnType<typeof createClient> | undefined;
  try {
    return await timedCheck("redis", timeoutMs, async () => {
      // Made inside the check: a URL the client cannot parse is reported as unreachable, like a closed port.
      const redis = (client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: timeoutMs, reconnectStrategy: false } }));
      redis.on("error", () => {}); // reported through the check's result; an unhandled 'error' would crash the process
      await redis.connect();
      if ((await redis.ping()) !== "PONG") return "redis answered unexpectedly";
    });
  } finally {
    if (client?.isOpen) await client.disconnect().catch(() => {});
  }
}
