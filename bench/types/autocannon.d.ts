// The part of autocannon 9's programmatic API the bench uses (the package ships no types).
declare module "autocannon" {
  /** One step of a connection's request loop; `context` is per connection (bench/scale-out-load.ts). */
  export type Request = {
    method?: "GET" | "POST";
    path?: string;
    body?: string;
    headers?: Record<string, string>;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers?: Record<string, string | string[]>) => void;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: Request[];
  };
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
