// Lighthouse 12.8 with its default (mobile, simulated throttling) config on the system Chromium.
// One run is noisy on a shared 2-core host (the same page scored 96-100 in consecutive runs), so each page is
// audited several times and the run Lighthouse itself calls the median (closest to the median FCP and TTI)
// is reported, as Lighthouse's guidance on variability recommends; every run's performance score is kept.
import { writeFile } from "node:fs/promises";
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { playwrightChromiumPath, systemChromiumPath } from "../e2e/browser";
import { CHROME_FLAGS, LIGHTHOUSE_CATEGORIES, TARGETS, type LighthouseCategory } from "./config";

export type Finding = { title: string; value?: string };
export type PageAudit = {
  path: string;
  scores: Record<LighthouseCategory, number | null>;
  /** Per category below its target: what Lighthouse counted against the page. */
  findings: Partial<Record<LighthouseCategory, Finding[]>>;
  metrics: Record<string, string>;
  /** Evidence for the lead: what shifted, what the LCP element was, which scripts kept the main thread busy. */
  evidence: { layoutShifts: string[]; lcpElement: string | null; busiestScripts: string[] };
  benchmarkIndex: number;
  warnings: string[];
  /** The performance score of every run, in order; the other fields describe the median run. */
  performanceRuns: number[];
};

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];
const SCORED = new Set(["binary", "numeric", "metricSavings"]);

/** The audits a category scored below full marks, worst first (metrics count as failing below 0.9). */
export function findingsFor(lhr: Pick<Result, "audits" | "categories">, category: string): Finding[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const failing = refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ ref, audit }) => {
      if (!audit || audit.score === null || !SCORED.has(audit.scoreDisplayMode)) return false;
      return ref.group === "metrics" ? audit.score < 0.9 : audit.score < 1;
    })
    .sort((a, b) => b.ref.weight - a.ref.weight || (a.audit.score ?? 0) - (b.audit.score ?? 0));
  return failing.map(({ audit }) => ({ title: audit.title, value: audit.displayValue || undefined }));
}

type Items = { items?: Record<string, unknown>[] } | undefined;
const itemsOf = (lhr: Result, id: string) => ((lhr.audits[id]?.details as Items)?.items ?? []) as Record<string, unknown>[];
const selectorOf = (node: unknown) => (node as { selector?: string } | undefined)?.selector ?? null;

export function evidenceFrom(lhr: Result, baseUrl: string): PageAudit["evidence"] {
  const layoutShifts = itemsOf(lhr, "layout-shifts")
    .map((item) => `${selectorOf(item.node) ?? "?"} (${Number(item.score ?? 0).toFixed(3)})`);
  const lcpTable = itemsOf(lhr, "largest-contentful-paint-element")[0] as Items;
  const lcpElement = selectorOf(lcpTable?.items?.[0]?.node);
  const busiestScripts = itemsOf(lhr, "bootup-time")
    .filter((item) => typeof item.url === "string" && item.url.includes("/_next/"))
    .slice(0, 3)
    .map((item) => `${String(item.url).replace(baseUrl, "").split("/").pop()} ${Math.round(Number(item.scripting))} ms`);
  return { layoutShifts, lcpElement, busiestScripts };
}

export async function withChromium<T>(work: (port: number) => Promise<T>): Promise<T> {
  let chrome: LaunchedChrome | undefined;
  try {
    // The browser `npm run test:browser` found or installed (`npm run bench` runs it first).
    const chromePath = systemChromiumPath() ?? playwrightChromiumPath();
    if (!chromePath) throw new Error("bench: no Chromium for Lighthouse; run `npm run test:browser` first.");
    chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
    return await work(chrome.port);
  } finally {
    chrome?.kill();
  }
}

async function lighthouseRun(port: number, url: string): Promise<Result> {
  const run = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: LIGHTHOUSE_CATEGORIES });
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  return run.lhr;
}

const performanceOf = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

/** Audits `path` `runs` times and describes the median run; the raw median report goes to `rawFile`. */
export async function auditPage(port: number, baseUrl: string, path: string, runs: number, rawFile?: string): Promise<PageAudit> {
  const url = new URL(path, baseUrl).toString();
  const reports: Result[] = [];
  for (let run = 0; run < runs; run++) reports.push(await lighthouseRun(port, url));
  const lhr = computeMedianRun(reports);
  if (rawFile) await writeFile(rawFile, JSON.stringify(lhr));
  const scores = {} as PageAudit["scores"];
  const findings: PageAudit["findings"] = {};
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const score = lhr.categories[category]?.score;
    scores[category] = typeof score === "number" ? Math.round(score * 100) : null;
    if (scores[category] === null || scores[category] < TARGETS.lighthouse[category]) findings[category] = findingsFor(lhr, category);
  }
  const metrics = Object.fromEntries(METRICS.map((id) => [lhr.audits[id]?.title ?? id, lhr.audits[id]?.displayValue ?? "n/a"]));
  const evidence = evidenceFrom(lhr, baseUrl);
  return {
    path,
    scores,
    findings,
    metrics,
    evidence,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
    performanceRuns: reports.map(performanceOf),
  };
}
