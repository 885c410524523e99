// bench/results.md: the targets' verdicts first, then one table per section, ratios beside absolute values.
import { LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_RUNS, SAME_FILES, TARGETS, type LoadKind } from "./config";
import { kB, markOf, times, whole } from "./format";
import { observations } from "./notes";
import type { PageAudit } from "./lighthouse-audit";
import type { LoadResult } from "./load-test";
import type { BenchResults, LoadedRoute } from "./results";

const verdict = (pass: boolean) => (pass ? "PASS" : "MISS");
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");

function header(results: BenchResults): string {
  const { machine, settings } = results;
  const loads = Object.entries(results.load).map(([phase, value]) => `${phase} ${value}`).join(", ");
  const total = Object.values(results.durations).reduce((sum, seconds) => sum + seconds, 0);
  return [
    "# Storefront benchmark",
    "",
    "Produced by `npm run bench` (bench/run.ts; flags `--wait-quiet`, `--quick`, `--skip-store-build`); not part of",
    "`npm test` or CI. Raw data: bench/out/ (not committed). Bench's own tests: `npx vitest run --config bench/vitest.config.ts`.",
    "",
    `- Date: ${results.date}`,
    `- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, Next ${machine.next}, React ${machine.react}`,
    `- Code: commit ${results.source.commit}${results.source.changedFiles ? ` plus ${results.source.changedFiles} uncommitted app/lib/components/prisma files (the build reads the working tree)` : ", clean tree"}`,
    `- 1-minute load average at each phase: ${loads}`,
    `- Load: autocannon, ${settings.connections} connections, ${settings.warmupSeconds} s warm-up then ${settings.durationSeconds} s measured, per URL`,
    `- Run time: ${Math.round(total)} s (${Object.entries(results.durations).map(([phase, s]) => `${phase} ${Math.round(s)} s`).join(", ")})`,
    `- Article used for /learn/…: \`${results.article}\``,
  ].join("\n");
}

function javascriptSection(results: BenchResults): string {
  const floor = results.floor.firstLoad;
  const limit = TARGETS.extraFirstLoadBytes;
  const rows = results.store.routes.map((route) => [
    `\`${route.path}\``,
    markOf(route.mark),
    route.status,
    kB(route.totalBytes),
    times(route.totalBytes, floor.totalBytes),
    `${route.totalBytes >= floor.totalBytes ? "+" : ""}${kB(route.totalBytes - floor.totalBytes)} ${verdict(route.totalBytes - floor.totalBytes <= limit)}`,
    kB(route.modernBytes),
    times(route.modernBytes, floor.modernBytes),
    route.scripts.length,
    kB(route.htmlGzipBytes),
    route.ms,
  ]);
  return [
    "## 1. First-load JavaScript (gzip level 9, kB = 1,000 bytes)",
    "",
    "Every `<script src>` in the page's full HTML (streamed parts included), each file counted once. \"All\" is how the",
    "floor in DESIGN.md was measured; \"modern\" leaves out `nomodule` polyfills, which current browsers never load.",
    "\"One view ms\": one request read to the end with no bench load on the server (second view, cached reads warm).",
    `Target: at most ${kB(limit)} kB (all scripts) above the hello-world page.`,
    "",
    `Floor: hello-world App Router page (○, same next/react) = **${kB(floor.totalBytes)} kB** all, ${kB(floor.modernBytes)} kB modern, ${floor.scripts.length} files.`,
    "",
    table(["Route", "Build", "Status", "JS all kB", "× floor", `above floor kB (≤ +${kB(limit)})`, "JS modern kB", "× floor (modern)", "Files", "HTML gzip kB", "one view ms"], rows),
  ].join("\n");
}

/** The hello-world row a store row is compared with: the same kind of URL. */
export function referenceFor(results: BenchResults, kind: LoadKind): LoadedRoute | undefined {
  return results.floor.loads.find((load) => load.kind === kind);
}

/** The store row's share of its hello-world reference and its verdict against the target for its kind. */
export function throughputVerdict(load: LoadedRoute, reference: LoadedRoute | undefined): { share: number | null; verdict: string } {
  const reqs = reference?.result.requestsPerSecond ?? 0;
  const share = reqs > 0 ? load.result.requestsPerSecond / reqs : null;
  if (!load.target) return { share, verdict: "info" };
  const clean = load.result.non2xx === 0 && load.result.errors === 0;
  if (share === null) return { share, verdict: "MISS (no reference)" };
  if (load.kind === "page") {
    const { floor, aim } = TARGETS.pageRatio;
    return { share, verdict: !clean || share < floor ? "MISS" : share >= aim ? "PASS, aim reached" : "PASS, below the aim" };
  }
  return { share, verdict: verdict(clean && share >= TARGETS.fileRatio) };
}

const targetText = (kind: LoadKind) =>
  kind === "page"
    ? `≥ ${Math.round(TARGETS.pageRatio.floor * 100)}% (aim ${Math.round(TARGETS.pageRatio.aim * 100)}%)`
    : kind === "public file"
      ? `≥ ${Math.round(TARGETS.fileRatio * 100)}%`
      : "none set";

function throughputSection(results: BenchResults): string {
  const p99 = (result: LoadResult) => `${result.p99Ms} ${verdict(result.p99Ms < TARGETS.p99Ms)}`;
  const helloRows = results.floor.loads.map((load) => [
    `${load.label} \`${load.path}\``,
    load.kind,
    markOf(load.mark),
    load.runs && load.runs.length > 1
      ? `${whole(load.result.requestsPerSecond)} (${load.runs.map((run) => whole(run.requestsPerSecond)).join(" then ")})`
      : whole(load.result.requestsPerSecond),
    load.result.p50Ms,
    `${load.result.p99Ms} (context)`,
    load.result.non2xx,
    load.result.errors,
    "100%",
    "reference",
    "reference",
  ]);
  const storeRows = results.store.loads.map((load) => {
    const reference = referenceFor(results, load.kind);
    const { share, verdict: ratioVerdict } = throughputVerdict(load, reference);
    return [
      `${load.label} \`${load.path}\``,
      load.kind,
      load.kind === "public file" ? "file" : markOf(load.mark),
      whole(load.result.requestsPerSecond),
      load.result.p50Ms,
      p99(load.result),
      load.result.non2xx,
      load.result.errors,
      share === null ? "n/a" : `${Math.round(share * 100)}%`,
      targetText(load.kind),
      ratioVerdict,
    ];
  });
  const files = SAME_FILES.map((file) => `\`${file.source}\` at \`${file.path}\``).join(" and ");
  return [
    "## 2. Throughput (`next start`, fresh embedded database)",
    "",
    "Each store URL is compared with the hello-world app (same Next, built and started by this run, load-tested in the",
    "same phase before and after the store's URLs, the two runs averaged; both shown) serving the same kind of URL: its",
    `page \`/\`, and the store's own ${files}.`,
    `Targets: pages ${targetText("page")} of the hello-world page, public files ${targetText("public file")} of the same file, no`,
    `non-2xx answers, p99 under ${TARGETS.p99Ms} ms at ${results.settings.connections} connections.`,
    "",
    table(["URL", "Kind", "Build", "req/s", "p50 ms", `p99 ms (< ${TARGETS.p99Ms})`, "non-2xx", "errors", "% of hello-world", "target", "verdict"], [...helloRows, ...storeRows]),
  ].join("\n");
}

/** One line per target of issue 17, for the reader who wants the verdicts first. */
function targetsSection(results: BenchResults): string {
  const range = (values: number[]) => {
    if (values.length === 0) return "n/a";
    const [low, high] = [Math.min(...values), Math.max(...values)];
    return low === high ? `${low}` : `${low}–${high}`;
  };
  const shares = (kind: LoadKind) =>
    results.store.loads
      .filter((load) => load.target && load.kind === kind)
      .map((load) => ({ load, ...throughputVerdict(load, referenceFor(results, kind)) }));
  const pages = shares("page");
  const files = shares("public file");
  const pct = (list: typeof pages) => range(list.map((entry) => Math.round((entry.share ?? 0) * 100)));
  const allPass = (list: typeof pages) => list.length > 0 && list.every((entry) => entry.verdict.startsWith("PASS"));
  const measured = results.store.loads;
  const p99s = measured.map((load) => load.result.p99Ms);
  const audits = results.store.lighthouse;
  const lighthouseOk = audits.length > 0 && audits.every((audit) => LIGHTHOUSE_CATEGORIES.every((category) => (audit.scores[category] ?? 0) >= TARGETS.lighthouse[category]));
  const extra = results.store.routes.filter((route) => route.status === 200).map((route) => route.totalBytes - results.floor.firstLoad.totalBytes);
  const aim = pages.length > 0 && pages.every((entry) => (entry.share ?? 0) >= TARGETS.pageRatio.aim);
  return [
    "## Targets (issue 17), this run",
    "",
    `- Pages (home, product, article) at ${pct(pages)}% of the hello-world page's req/s: ${verdict(allPass(pages))} (≥ ${Math.round(TARGETS.pageRatio.floor * 100)}%; the ${Math.round(TARGETS.pageRatio.aim * 100)}% aim ${aim ? "reached" : "not reached"})`,
    `- Public file at ${pct(files)}% of the hello-world app serving the same file: ${verdict(allPass(files))} (≥ ${Math.round(TARGETS.fileRatio * 100)}%)`,
    `- p99 at ${results.settings.connections} connections ${range(p99s)} ms over the store's URLs: ${verdict(p99s.length > 0 && p99s.every((value) => value < TARGETS.p99Ms))} (< ${TARGETS.p99Ms} ms)`,
    `- Lighthouse mobile, performance ${range(audits.map((audit) => audit.scores.performance ?? 0))}, the other three ${range(audits.flatMap((audit) => LIGHTHOUSE_CATEGORIES.filter((category) => category !== "performance").map((category) => audit.scores[category] ?? 0)))}: ${verdict(lighthouseOk)} (≥ ${TARGETS.lighthouse.performance}, others ${TARGETS.lighthouse.seo})`,
    `- First-load JS ${range(extra.map((bytes) => Number(kB(bytes))))} kB above the hello-world page: ${verdict(extra.length > 0 && extra.every((bytes) => bytes <= TARGETS.extraFirstLoadBytes))} (≤ +${kB(TARGETS.extraFirstLoadBytes)} kB)`,
  ].join("\n");
}

function lighthouseSection(results: BenchResults): string {
  const audits = results.store.lighthouse;
  const floor = results.floor.lighthouse;
  const targets = TARGETS.lighthouse;
  const label = (audit: PageAudit) => (audit === floor ? "hello-world floor `/` (context)" : `\`${audit.path}\``);
  const all = floor ? [floor, ...audits] : audits;
  const scoreRows = all.map((audit) => [
    label(audit),
    ...LIGHTHOUSE_CATEGORIES.map((category) => {
      const score = audit.scores[category];
      const runs = category === "performance" && audit.performanceRuns.length > 1 ? ` (runs ${audit.performanceRuns.join(", ")})` : "";
      return audit === floor ? `${score ?? "n/a"}${runs}` : `${score ?? "n/a"} ${verdict(score !== null && score >= targets[category])}${runs}`;
    }),
  ]);
  const metricNames = audits[0] ? Object.keys(audits[0].metrics) : [];
  const metricRows = all.map((audit) => [label(audit), ...metricNames.map((name) => audit.metrics[name])]);
  const findings = audits.flatMap((audit) =>
    Object.entries(audit.findings).map(([category, list]) => {
      const items = (list ?? []).slice(0, 8).map((finding) => (finding.value ? `${finding.title} (${finding.value})` : finding.title));
      return `- \`${audit.path}\` ${category} ${audit.scores[category as keyof typeof audit.scores] ?? "n/a"}: ${items.length ? items.join("; ") : "no single audit below full marks"}`;
    }),
  );
  const evidence = all.map((audit) => {
    const { layoutShifts, lcpElement, busiestScripts } = audit.evidence;
    return `- ${label(audit)}: LCP element \`${lcpElement ?? "none"}\`; layout shifts: ${layoutShifts.length ? layoutShifts.map((shift) => `\`${shift}\``).join(", ") : "none"}; busiest scripts (main-thread scripting): ${busiestScripts.join(", ") || "none"}`;
  });
  return [
    "## 3. Lighthouse 12.8 (mobile preset, default simulated throttling, system Chromium)",
    "",
    `Targets: performance ≥ ${targets.performance}, accessibility, best practices and SEO ${targets.seo}. The hello-world page is`,
    "audited the same way, as the best score a page on this stack reaches on this machine. Each page is audited",
    `${LIGHTHOUSE_RUNS} times once the machine is calm; the tables describe the median run (Lighthouse's own choice: closest to the`,
    "median FCP and TTI), and every run's performance score is listed beside it.",
    "",
    table(["Page", ...LIGHTHOUSE_CATEGORIES.map((category) => `${category} (≥ ${targets[category]})`)], scoreRows),
    "",
    table(["Page", ...metricNames], metricRows),
    "",
    "Below target, the audits that cost points (metrics count below 0.9, worst first):",
    "",
    findings.length ? findings.join("\n") : "- none: every page meets every target",
    "",
    "Where the time went:",
    "",
    ...evidence,
  ].join("\n");
}

/** From this heading to the end, results.md is hand-written (the profile's analysis): a run keeps it. */
export const KEPT_SECTION = "## Where the time goes";

export function keptSections(previous: string): string {
  const start = previous.indexOf(`\n${KEPT_SECTION}`);
  return start < 0 ? "" : previous.slice(start + 1).trim();
}

export function renderReport(results: BenchResults, kept = ""): string {
  const notes = observations(results).map((note) => `- ${note}`);
  return [
    header(results),
    targetsSection(results),
    javascriptSection(results),
    throughputSection(results),
    lighthouseSection(results),
    ["## Notes: what limited the numbers", "", ...notes].join("\n"),
    ...(kept ? [kept] : []),
  ].join("\n\n") + "\n";
}
