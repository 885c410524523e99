import { describe, expect, it } from "vitest";
import type { FirstLoad } from "./first-load-js";
import type { LoadResult } from "./load-test";
import type { MetadataPlacement } from "./page-head";
import { renderReport } from "./report";
import type { BenchResults } from "./results";

const load = (requestsPerSecond: number, non2xx = 0): LoadResult => ({
  url: "http://127.0.0.1:4000/",
  requestsPerSecond,
  p50Ms: 20,
  p99Ms: 90,
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
  floor: { firstLoad: firstLoad("/", 174_000), throughput: load(2000), lighthouse: null },
  store: {
    marks: { "/": "partial", "/icon.svg": "static" },
    staticRoute: { path: "/icon.svg", contentType: "image/svg+xml", result: load(1000) },
    routes: [{ ...firstLoad("/", 261_000), mark: "partial", headers, metadata, ms: 80 }],
    pages: [
      { label: "home", path: "/", mark: "partial", target: true, result: load(650) },
      { label: "product", path: "/products/ultragun", mark: "partial", target: true, result: load(590) },
      { label: "article", path: "/learn/x", mark: "partial", target: true, result: load(900, 3) },
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

  it("quotes first-load JavaScript as a ratio of the hello-world floor", () => {
    expect(report).toContain("**174.0 kB** all");
    expect(line("| `/` | ◐")).toContain("| 261.0 | 1.50× |");
  });

  it("passes a page at 60% of the static rate or more, and fails one below it or with non-2xx answers", () => {
    expect(line("| home `/`")).toContain("| 65% | 33% | PASS |");
    expect(line("| product `/products/ultragun`")).toContain("| 59% |");
    expect(line("| product `/products/ultragun`")).toContain("MISS");
    expect(line("| article `/learn/x`")).toContain("| 3 | 0 | 90% |");
    expect(line("| article `/learn/x`")).toContain("MISS");
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
