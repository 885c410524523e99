import type { Db } from "./database/create-client";

const TIMEOUT_MS = 5000;

export type HealthResult = { ok: true } | { ok: false; reason: string };

/** One round trip to the database, bounded in time. The reason names the failure kind, not internals. */
export async function checkDatabase(db: Db, timeoutMs = TIMEOUT_MS): Promise<HealthResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]);
    return { ok: true };
  } catch (error) {
    console.error("health: database check failed:", error instanceof Error ? error.message : error);
    const timedOut = error instanceof Error && error.message === "timeout";
    return { ok: false, reason: timedOut ? `database did not answer within ${timeoutMs} ms` : "database unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
