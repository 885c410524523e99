// What the benchmark measures and the targets it compares against (DESIGN.md, "Floors measured").
export const TARGETS = {
  /** A store page's req/s as a share of the same server's prerendered static route. */
  throughputRatio: 0.6,
  lighthouse: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 },
} as const;

export type LighthouseCategory = keyof typeof TARGETS.lighthouse;
export const LIGHTHOUSE_CATEGORIES = Object.keys(TARGETS.lighthouse) as LighthouseCategory[];

/** The store's own routes; `{article}` is replaced by the first guide linked from /learn. */
export const FIRST_LOAD_ROUTES = ["/", "/products/ultragun", "/learn/{article}", "/guide", "/search?q=cramp", "/cart"];
export const FALLBACK_ARTICLE = "what-happens-in-a-cramp";

/**
 * Static route candidates for the throughput reference, best first. The run takes the first one the
 * build output marks ○ (prerendered as static content); a ◐ or ƒ route renders per request.
 */
export const STATIC_ROUTE_PREFERENCE = ["/no-access", "/robots.txt", "/icon.svg"];

/** Pages load-tested against the static route. "/no-access" has no data of its own: it shows the layout's cost. */
export const LOAD_PAGES = [
  { label: "layout only", path: "/no-access", target: false },
  { label: "home", path: "/", target: true },
  { label: "product", path: "/products/ultragun", target: true },
  { label: "article", path: "/learn/{article}", target: true },
];

export const LIGHTHOUSE_PAGES = ["/", "/products/ultragun", "/learn/{article}"];
/** Audits per page; the median run is reported (lighthouse-audit.ts). */
export const LIGHTHOUSE_RUNS = 3;
/**
 * Lighthouse scales its simulated CPU from the host, so audits wait (up to this long) for the one-minute
 * load average to fall below half the cores: a build or load test just before would otherwise be scored.
 */
export const CALM = { loadPerCore: 0.5, limitMs: 3 * 60_000 };

export const LOAD = { connections: 32, warmupSeconds: 3, durationSeconds: 10 };
/** `--quick`: the same pipeline with short load runs, for working on the bench itself. */
export const QUICK_LOAD = { connections: 32, warmupSeconds: 1, durationSeconds: 3 };

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Production settings for the store server; secrets exist only for this local run. */
export const STORE_ENV = {
  DATA_DIR: ".data/bench",
  NEXT_DIST_DIR: ".next-bench",
  AUTH_SECRET: "bench-only-secret-0123456789abcdefghijkl", // 40 characters
  ADMIN_PASSWORD: "bench-admin-password-1",
  NEXT_TELEMETRY_DISABLED: "1",
  // A production build served over plain http on loopback, allowed by name (the server warns at start).
  ALLOW_INSECURE_APP_URL: "1",
};
