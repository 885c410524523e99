// One health probe, bounded in time, so a hung dependency never hangs the health check (or the load
// balancer waiting on it). The reason names the failure kind only, never internals such as a URL.
export type CheckResult = { ok: true; latencyMs: number } | { ok: false; latencyMs: number; reason: string };

/**
 * Runs `probe`; it resolves when the dependency answered well, resolves with a reason when it answered
 * wrongly, and throws when it could not be reached. `what` names the dependency in the reasons.
 */
export async function timedCheck(what: string, timeoutMs: number, probe: () => Promise<string | void>): Promise<CheckResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const answer = await Promise.race([probe(), timeout]);
    if (answer === "timeout") return { ok: false, latencyMs: elapsed(), reason: `${what} did not answer within ${timeoutMs} ms` };
    if (answer) return { ok: false, latencyMs: elapsed(), reason: answer };
    return { ok: true, latencyMs: elapsed() };
  } catch {
    return { ok: false, latencyMs: elapsed(), reason: `${what} unreachable` };
  } finally {
    clearTimeout(timer);
  }
}
