// The part of autocannon 9's programmatic API the bench uses (the package ships no types).
declare module "autocannon" {
  export type Options = { url: string; connections?: number; duration?: number; timeout?: number; headers?: Record<string, string> };
  export type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p99: number };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram & { total: number; sent: number };
  };
  export default function autocannon(options: Options): Promise<Result>;
}
