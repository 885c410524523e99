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
