// What the benchmark measures and the targets it compares against (issue 17, "Cached pages at Next's own speed").
// Every throughput ratio is quoted against a hello-world app built with the same Next and measured in the same run.
export const TARGETS = {
  /** A store page's req/s as a share of the hello-world page's: at least `floor`, `aim` the goal. */
  pageRatio: { floor: 0.6, aim: 0.8 },
  /** A public file's req/s as a share of the hello-world app serving the very same file. */
  fileRatio: 0.85,
  /** p99 latency at the load's connection count. */
  p99Ms: 50,
  /** First-load JavaScript (gzip, all scripts) above the hello-world page's. */
  extraFirstLoadBytes: 15_000,
  lighthouse: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 },
} as const;

export type LighthouseCategory = keyof typeof TARGETS.lighthouse;
export const LIGHTHOUSE_CATEGORIES = Object.keys(TARGETS.lighthouse) as LighthouseCategory[];

/** The store's own routes; `{article}` is replaced by the first guide linked from /learn. */
export const FIRST_LOAD_ROUTES = ["/", "/products/ultragun", "/learn/{article}", "/guide", "/search?q=cramp", "/cart"];
export const FALLBACK_ARTICLE = "what-happens-in-a-cramp";

/** What a URL is, and so which hello-world URL it is compared with. */
export type LoadKind = "page" | "public file" | "metadata route";

/** The store's own files the hello-world app serves too, at the same paths (hello-world.ts copies them). */
export const SAME_FILES: { source: string; path: string; kind: LoadKind }[] = [
  { source: "public/logo.svg", path: "/logo.svg", kind: "public file" },
  { source: "app/icon.svg", path: "/icon.svg", kind: "metadata route" },
];

/** The hello-world app's reference for each kind. */
export const HELLO_LOADS: { label: string; path: string; kind: LoadKind }[] = [
  { label: "hello-world page", path: "/", kind: "page" },
  ...SAME_FILES.map((file) => ({ label: `hello-world ${file.kind}`, path: file.path, kind: file.kind })),
];

/**
 * The store's URLs under load. `target: false` rows are reported for context only: "/no-access" has no data
 * of its own (it shows the layout's cost) and the issue sets no target for metadata routes.
 */
export const LOAD_PAGES: { label: string; path: string; kind: LoadKind; target: boolean }[] = [
  { label: "layout only", path: "/no-access", kind: "page", target: false },
  { label: "home", path: "/", kind: "page", target: true },
  { label: "product", path: "/products/ultragun", kind: "page", target: true },
  { label: "article", path: "/learn/{article}", kind: "page", target: true },
  { label: "public SVG", path: "/logo.svg", kind: "public file", target: true },
  { label: "icon", path: "/icon.svg", kind: "metadata route", target: false },
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
