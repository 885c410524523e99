// bench/results.md: one table per section, ratios beside absolute values, PASS/MISS against targets.
import { LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_RUNS, TARGETS } from "./config";
import { kB, markOf, percent, times, whole } from "./format";
import { observations } from "./notes";
import type { PageAudit } from "./lighthouse-audit";
import type { BenchResults } from "./results";

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
  const rows = results.store.routes.map((route) => [
    `\`${route.path}\``,
    markOf(route.mark),
    route.status,
    kB(route.totalBytes),
    times(route.totalBytes, floor.totalBytes),
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
    "",
    `Floor: hello-world App Router page (○, same next/react) = **${kB(floor.totalBytes)} kB** all, ${kB(floor.modernBytes)} kB modern, ${floor.scripts.length} files.`,
    "",
    table(["Route", "Build", "Status", "JS all kB", "× floor", "JS modern kB", "× floor (modern)", "Files", "HTML gzip kB", "one view ms"], rows),
  ].join("\n");
}

function throughputSection(results: BenchResults): string {
  const { staticRoute, pages } = results.store;
  const reference = staticRoute?.result.requestsPerSecond ?? 0;
  const hello = results.floor.throughput;
  const goal = Math.round(TARGETS.throughputRatio * 100);
  const line = (label: string, mark: string, result: NonNullable<typeof hello>, target: string) => [
    label,
    mark,
    whole(result.requestsPerSecond),
    result.p50Ms,
    result.p99Ms,
    result.non2xx,
    result.errors,
    percent(result.requestsPerSecond, reference),
    hello ? percent(result.requestsPerSecond, hello.requestsPerSecond) : "n/a",
    target,
  ];
  const rows = [
    ...(staticRoute ? [line(`static reference \`${staticRoute.path}\``, "○", staticRoute.result, "reference")] : []),
    ...(hello ? [line("hello-world page `/` (other server)", "○", hello, "context")] : []),
    ...pages.map((page) =>
      line(
        `${page.label} \`${page.path}\``,
        markOf(page.mark),
        page.result,
        `${verdict(reference > 0 && page.result.requestsPerSecond / reference >= TARGETS.throughputRatio && page.result.non2xx === 0)}${page.target ? "" : " (info)"}`,
      ),
    ),
  ];
  return [
    "## 2. Throughput (`next start`, fresh embedded database)",
    "",
    `Target: each store page serves at least ${goal}% of the same server's prerendered static route, with no non-2xx answers.`,
    "",
    table(["URL", "Build", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "% of static", "% of hello page", `≥ ${goal}%`], rows),
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

export function renderReport(results: BenchResults): string {
  const notes = observations(results).map((note) => `- ${note}`);
  return [
    header(results),
    javascriptSection(results),
    throughputSection(results),
    lighthouseSection(results),
    ["## Notes: what limited the numbers", "", ...notes].join("\n"),
  ].join("\n\n") + "\n";
}
