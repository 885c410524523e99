// Lighthouse 12.8 with its default (mobile, simulated throttling) config on the system Chromium.
import { writeFile } from "node:fs/promises";
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { CHROME_FLAGS, CHROMIUM_PATH, LIGHTHOUSE_CATEGORIES, TARGETS, type LighthouseCategory } from "./config";

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
    chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
    return await work(chrome.port);
  } finally {
    chrome?.kill();
  }
}

export async function auditPage(port: number, baseUrl: string, path: string, rawFile?: string): Promise<PageAudit> {
  const run = await lighthouse(new URL(path, baseUrl).toString(), {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: LIGHTHOUSE_CATEGORIES,
  });
  if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
  const lhr = run.lhr;
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
  return { path, scores, findings, metrics, evidence, benchmarkIndex: lhr.environment.benchmarkIndex, warnings: lhr.runWarnings };
}
