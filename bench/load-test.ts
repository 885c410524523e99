// Requests per second for one URL: a short warm-up run (fills caches, JIT), then the measured run.
import autocannon from "autocannon";

export type LoadSettings = { connections: number; warmupSeconds: number; durationSeconds: number };
export type LoadResult = {
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
};

export async function loadTest(url: string, settings: LoadSettings): Promise<LoadResult> {
  const { connections } = settings;
  await autocannon({ url, connections, duration: settings.warmupSeconds });
  const result = await autocannon({ url, connections, duration: settings.durationSeconds });
  return {
    url,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count])),
  };
}

/**
 * One result from runs of the same URL taken at different moments (the hello-world app before and after the
 * store's runs): mean rates and p50, the worst p99, every failure counted.
 */
export function combineLoads(runs: LoadResult[]): LoadResult {
  if (runs.length === 0) throw new Error("combineLoads needs at least one run");
  const mean = (pick: (run: LoadResult) => number) => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  const statusCodes: Record<string, number> = {};
  for (const run of runs) for (const [code, count] of Object.entries(run.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count;
  return {
    url: runs[0].url,
    requestsPerSecond: mean((run) => run.requestsPerSecond),
    p50Ms: mean((run) => run.p50Ms),
    p99Ms: Math.max(...runs.map((run) => run.p99Ms)),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    statusCodes,
  };
}
