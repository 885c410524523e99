import { describe, expect, it } from "vitest";
import type { FirstLoad } from "./first-load-js";
import type { LoadResult } from "./load-test";
import type { MetadataPlacement } from "./page-head";
import { keptSections, renderReport } from "./report";
import type { BenchResults } from "./results";

const load = (requestsPerSecond: number, non2xx = 0, p99Ms = 90): LoadResult => ({
  url: "http://127.0.0.1:4000/",
  requestsPerSecond,
  p50Ms: 20,
  p99Ms,
  non2xx,
  errors: 0,
  statusCodes: { "200": 1000 },
});

const firstLoad = (path: string, totalBytes: number): FirstLoad => ({
  path,
  status: 200,
  scripts: [{ src: "/_next/static/chunks/a.js", noModule: false, gzipBytes: totalBytes }],
  totalBytes,
  modernBytes: totalBytes,
  htmlGzipBytes: 5000,
});

const metadata: MetadataPlacement = { title: "head", description: "head", canonical: "head", canonicalUrls: [] };
const headers = { cacheControl: "private, no-store", postponed: true, contentType: "text/html" };

const results: BenchResults = {
  date: "2026-11-26T00:00:00.000Z",
  machine: { cores: 2, cpu: "Test CPU", memoryGb: 8, node: "v20.20.2", next: "16.4.6", react: "19.3.1" },
  source: { commit: "abc1234", changedFiles: 0 },
  load: { floor: 0.5, throughput: 0.7 },
  durations: { floor: 30, throughput: 60 },
  settings: { connections: 32, warmupSeconds: 3, durationSeconds: 10 },
  article: "what-happens-in-a-cramp",
  appUrl: { build: "http://127.0.0.1:4000", start: "http://127.0.0.1:4000" },
  floor: {
    firstLoad: firstLoad("/", 174_000),
    loads: [
      { label: "hello-world page", path: "/", kind: "page", mark: "static", target: false, result: load(1000), runs: [load(800), load(1200)] },
      { label: "hello-world public file", path: "/logo.svg", kind: "public file", mark: "static", target: false, result: load(4000) },
      { label: "hello-world metadata route", path: "/icon.svg", kind: "metadata route", mark: "static", target: false, result: load(2000) },
    ],
    lighthouse: null,
  },
  store: {
    marks: { "/": "partial", "/icon.svg": "static" },
    routes: [
      { ...firstLoad("/", 189_000), mark: "partial", headers, metadata, ms: 80 },
      { ...firstLoad("/cart", 190_000), mark: "partial", headers, metadata, ms: 80 },
    ],
    loads: [
      { label: "layout only", path: "/no-access", kind: "page", mark: "static", target: false, result: load(500) },
      { label: "home", path: "/", kind: "page", mark: "partial", target: true, result: load(850, 0, 45) },
      { label: "product", path: "/products/ultragun", kind: "page", mark: "partial", target: true, result: load(590) },
      { label: "article", path: "/learn/x", kind: "page", mark: "partial", target: true, result: load(900, 3) },
      { label: "public SVG", path: "/logo.svg", kind: "public file", mark: null, target: true, result: load(3500) },
      { label: "icon", path: "/icon.svg", kind: "metadata route", mark: "static", target: false, result: load(1000) },
    ],
    lighthouse: [
      {
        path: "/",
        scores: { performance: 96, accessibility: 100, "best-practices": 100, seo: 92 },
        findings: { seo: [{ title: "Document does not have a meta description" }] },
        metrics: { "Largest Contentful Paint": "1.9 s" },
        evidence: { layoutShifts: ["main#main (0.931)"], lcpElement: "h1", busiestScripts: ["a.js 400 ms"] },
        benchmarkIndex: 1500,
        warnings: [],
        performanceRuns: [94, 96, 99],
      },
    ],
  },
};

describe("renderReport", () => {
  const report = renderReport(results);
  const line = (start: string) => report.split("\n").find((row) => row.startsWith(start)) ?? "";

  it("quotes first-load JavaScript against the hello-world floor, passing up to 15 kB above it", () => {
    expect(report).toContain("**174.0 kB** all");
    expect(line("| `/` | ◐")).toContain("| 189.0 | 1.09× | +15.0 PASS |");
    expect(line("| `/cart` | ◐")).toContain("| 190.0 | 1.09× | +16.0 MISS |");
  });

  it("compares each store URL with the hello-world URL of its kind, with the target of that kind", () => {
    expect(line("| home `/`")).toContain("| page | ◐ | 850 |");
    expect(line("| home `/`")).toContain("| 85% | ≥ 60% (aim 80%) | PASS, aim reached |");
    expect(line("| product `/products/ultragun`")).toContain("| 59% | ≥ 60% (aim 80%) | MISS |");
    expect(line("| public SVG `/logo.svg`")).toContain("| public file | file | 3,500 |");
    expect(line("| public SVG `/logo.svg`")).toContain("| 88% | ≥ 85% | PASS |");
    expect(line("| icon `/icon.svg`")).toContain("| 50% | none set | info |");
    expect(line("| layout only `/no-access`")).toContain("| 50% | ≥ 60% (aim 80%) | info |");
    expect(line("| hello-world page `/`")).toContain("| 100% | reference | reference |");
    expect(line("| hello-world page `/`")).toContain("| page | ○ | 1,000 (800 then 1,200) |");
    expect(line("| hello-world public file `/logo.svg`")).toContain("| public file | ○ | 4,000 |");
  });

  it("fails a page with non-2xx answers whatever its rate", () => {
    expect(line("| article `/learn/x`")).toContain("| 3 | 0 | 90% | ≥ 60% (aim 80%) | MISS |");
  });

  it("marks each store URL's p99 against 50 ms", () => {
    expect(line("| home `/`")).toContain("| 45 PASS |");
    expect(line("| product `/products/ultragun`")).toContain("| 90 MISS |");
    expect(line("| hello-world page `/`")).toContain("| 90 (context) |");
  });

  it("sums the targets up first, with the range each one was measured in", () => {
    expect(report).toContain("- Pages (home, product, article) at 59–90% of the hello-world page's req/s: MISS (≥ 60%; the 80% aim not reached)");
    expect(report).toContain("- Public file at 88% of the hello-world app serving the same file: PASS (≥ 85%)");
    expect(report).toContain("- p99 at 32 connections 45–90 ms over the store's URLs: MISS (< 50 ms)");
    expect(report).toContain("- First-load JS 15–16 kB above the hello-world page: MISS (≤ +15.0 kB)");
    expect(report).toContain("- Lighthouse mobile, performance 96, the other three 92–100: MISS (≥ 95, others 100)");
  });

  it("explains a layout-only page below the target and the public file's share", () => {
    expect(report).toContain("/no-access has no data of its own and served 50% of the hello-world page's rate");
    expect(report).toContain("The same public file served 88% of the hello-world app's rate");
  });

  it("marks Lighthouse scores against their targets and names what failed", () => {
    expect(line("| `/` | 96")).toBe("| `/` | 96 PASS (runs 94, 96, 99) | 100 PASS | 100 PASS | 92 MISS |");
    expect(report).toContain("- `/` seo 92: Document does not have a meta description");
    expect(report).toContain("layout shifts: `main#main (0.931)`");
  });

  it("does not call an idle machine busy", () => {
    expect(report).not.toContain("Busy machine");
  });

  it("shows the hello-world floor's Lighthouse scores as context, without a verdict", () => {
    const audit = results.store.lighthouse[0];
    const withFloor = renderReport({ ...results, floor: { ...results.floor, lighthouse: { ...audit, scores: { ...audit.scores, performance: 91 } } } });
    expect(withFloor).toContain("| hello-world floor `/` (context) | 91 (runs 94, 96, 99) | 100 | 100 | 92 |");
    expect(withFloor).toContain("The hello-world page scored 91 for performance");
    expect(withFloor).toContain("even the floor misses 95");
  });
});

describe("keptSections", () => {
  it("carries the hand-written tail (the profile's analysis and what follows it) over to the next report, and nothing else", () => {
    const previous = "# Storefront benchmark\n\n## 2. Throughput\n\nold table\n\n## Where the time goes\n\nThe proxy took 12%.\n\n## A prefetch\n\nNext's.\n";
    expect(keptSections(previous)).toBe("## Where the time goes\n\nThe proxy took 12%.\n\n## A prefetch\n\nNext's.");
    const next = renderReport(results, keptSections(previous));
    expect(next).not.toContain("old table");
    expect(next).toMatch(/## Notes: what limited the numbers[\s\S]*\n## Where the time goes\n\nThe proxy took 12%\.\n\n## A prefetch\n\nNext's\.\n$/);
    expect(keptSections("# Storefront benchmark\n\n## Notes\n")).toBe("");
  });
});
