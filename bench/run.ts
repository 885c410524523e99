// `npm run bench`: the storefront against a hello-world app of the same Next (issue 17).
//   1. hello-world: build (its page, plus the store's public SVG and icon at the same paths), start, first-load
//      JS, Lighthouse; the server stays up for the throughput phase
//   2. the store: `next build` into .next-bench, `next start` on a fresh embedded database
//   3. first-load JS per route, Lighthouse (on a calm machine, before any load test)
//   4. throughput: the hello-world page, file and icon, each store URL, then the hello-world URLs again (their
//      two runs averaged), back to back in one phase, so every ratio compares numbers taken in the same conditions
// Writes bench/results.md (committed) and bench/out/ (raw). Every server it starts is stopped.
// Flags: --quick (short load runs), --skip-store-build (reuse .next-bench from the last run),
//        --wait-quiet (first wait, up to 10 minutes, until the load average drops below the core count).
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  CALM,
  FALLBACK_ARTICLE,
  FIRST_LOAD_ROUTES,
  HELLO_LOADS,
  LIGHTHOUSE_PAGES,
  LIGHTHOUSE_RUNS,
  LOAD,
  LOAD_PAGES,
  QUICK_LOAD,
  STORE_ENV,
} from "./config";
import { fetchPage, warm } from "./fetch-page";
import { FirstLoadMeter } from "./first-load-js";
import { createHelloWorldApp } from "./hello-world";
import { auditPage, withChromium } from "./lighthouse-audit";
import { combineLoads, loadTest } from "./load-test";
import { describeMachine, describeSource, loadAverage } from "./machine";
import { nextBuild, nextStart, REPO_ROOT } from "./next-app";
import { metadataPlacement } from "./page-head";
import { delay, freePort, runMain, stopGroup, type Started } from "./processes";
import { keptSections, renderReport } from "./report";
import type { BenchResults, LoadedRoute, MeasuredRoute } from "./results";
import { parseRouteMarks, type RouteMark } from "./route-marks";

const OUT = path.join(REPO_ROOT, "bench/out");
const BUILD_RECORD = path.join(OUT, "store-build.json");
const args = new Set(process.argv.slice(2));
const settings = args.has("--quick") ? QUICK_LOAD : LOAD;
/** After a load run the server still finishes the requests autocannon abandoned; let it drain. */
const SETTLE_MS = 2000;

const runStart = Date.now();
const log = (message: string) => console.log(`[bench +${Math.round((Date.now() - runStart) / 1000)}s] ${message}`);

const durations: Record<string, number> = {};
const load: Record<string, number> = {};
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  load[name] = loadAverage();
  log(`${name} (load average ${load[name]})`);
  const start = Date.now();
  try {
    return await work();
  } finally {
    durations[name] = (Date.now() - start) / 1000;
  }
}

async function measuredLoad(url: string) {
  await warm(url);
  const result = await loadTest(url, settings);
  await delay(SETTLE_MS);
  return result;
}

type Floor = { server: Started; baseUrl: string; remove: () => Promise<void>; results: Omit<BenchResults["floor"], "loads"> };

/** Builds and starts the hello-world app; the caller stops it (it is load-tested beside the store later). */
async function floorPhase(): Promise<Floor> {
  const app = await createHelloWorldApp();
  let server: Started | undefined;
  try {
    await nextBuild(app.dir);
    const port = await freePort();
    server = await nextStart(app.dir, port, {}, "/");
    const baseUrl = `http://127.0.0.1:${port}`;
    const page = await fetchPage(`${baseUrl}/`);
    const firstLoad = await new FirstLoadMeter(baseUrl).measure("/", page.status, page.html);
    await waitCalm();
    const lighthouse = await withChromium((chrome) =>
      auditPage(chrome, baseUrl, "/", LIGHTHOUSE_RUNS, path.join(OUT, "lighthouse-hello-world.json")),
    );
    return { server, baseUrl, remove: app.remove, results: { firstLoad, lighthouse } };
  } catch (error) {
    if (server) await stopGroup(server);
    await app.remove();
    throw error;
  }
}

type BuildRecord = { port: number; appUrl: string; output: string };

/** Builds with the APP_URL the server will run at: prerendered shells keep the build's canonical links. */
async function storeBuild(): Promise<BuildRecord> {
  if (args.has("--skip-store-build") && existsSync(path.join(REPO_ROOT, STORE_ENV.NEXT_DIST_DIR)) && existsSync(BUILD_RECORD)) {
    log("reusing .next-bench from the last run");
    return JSON.parse(await readFile(BUILD_RECORD, "utf8")) as BuildRecord;
  }
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const output = await nextBuild(REPO_ROOT, { NEXT_DIST_DIR: STORE_ENV.NEXT_DIST_DIR, APP_URL: appUrl });
  const record = { port, appUrl, output };
  await writeFile(BUILD_RECORD, JSON.stringify(record));
  return record;
}

async function storeStart(build: BuildRecord): Promise<{ server: Started; baseUrl: string }> {
  await rm(path.join(REPO_ROOT, STORE_ENV.DATA_DIR), { recursive: true, force: true });
  await mkdir(path.join(REPO_ROOT, ".data"), { recursive: true });
  const port = await freePort(build.port);
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await nextStart(REPO_ROOT, port, { ...STORE_ENV, APP_URL: baseUrl }, "/api/health");
  return { server, baseUrl };
}

async function firstArticle(baseUrl: string): Promise<string> {
  const { html } = await fetchPage(`${baseUrl}/learn`);
  return /href="\/learn\/([a-z0-9-]+)"/.exec(html)?.[1] ?? FALLBACK_ARTICLE;
}

function markFinder(marks: Map<string, RouteMark>) {
  return (route: string): RouteMark | null => {
    const pathname = route.split("?")[0];
    // `/` is served by the home page's param route (next.config.js rewrites it to /home/current).
    const pattern = pathname === "/" ? "/home/[edition]" : pathname.replace(/^\/(learn|products)\/[^/]+$/, "/$1/[slug]");
    return marks.get(pathname) ?? marks.get(pattern) ?? null;
  };
}

async function measureRoutes(baseUrl: string, routes: string[], markOf: (route: string) => RouteMark | null) {
  const meter = new FirstLoadMeter(baseUrl);
  const measured: MeasuredRoute[] = [];
  for (const route of routes) {
    await fetchPage(`${baseUrl}${route}`); // the first view fills the cached reads; measure the next one
    const page = await fetchPage(`${baseUrl}${route}`);
    const firstLoad = await meter.measure(route, page.status, page.html);
    measured.push({ ...firstLoad, mark: markOf(route), headers: page.headers, metadata: metadataPlacement(page.html), ms: page.ms });
  }
  return measured;
}

/** Waits (at most `limitMs`) until the one-minute load average is below `loadPerCore` × the cores. */
async function waitForLoadBelow(loadPerCore: number, limitMs: number, purpose: string) {
  const threshold = os.availableParallelism() * loadPerCore;
  const deadline = Date.now() + limitMs;
  while (loadAverage() >= threshold && Date.now() < deadline) {
    log(`  waiting for the load average to fall below ${threshold} ${purpose} (now ${loadAverage()})`);
    await delay(10_000);
  }
}

/** Lighthouse's simulated throttling scales from the host: let a build or load test before it settle. */
const waitCalm = () => waitForLoadBelow(CALM.loadPerCore, CALM.limitMs, "before Lighthouse");

async function main() {
  await mkdir(OUT, { recursive: true });
  // On a shared machine, other builds and test runs distort every number: optionally wait for a calm moment.
  if (args.has("--wait-quiet")) await waitForLoadBelow(1, 10 * 60_000, "before starting");
  const date = new Date().toISOString();
  const floor = await phase("floor", floorPhase);
  log(`floor: ${floor.results.firstLoad.totalBytes} bytes of JS`);

  let server: Started | undefined;
  try {
    const source = describeSource(); // before the build, which reads the tree as it is now
    const build = await phase("store build", storeBuild);
    const marks = parseRouteMarks(build.output);
    const markOf = markFinder(marks);

    const started = await phase("store start", () => storeStart(build));
    server = started.server;
    const { baseUrl } = started;
    const article = await firstArticle(baseUrl);
    const withArticle = (route: string) => route.replace("{article}", article);

    const routes = await phase("first-load JS", () => measureRoutes(baseUrl, FIRST_LOAD_ROUTES.map(withArticle), markOf));

    await waitCalm();
    const lighthouse = await phase("lighthouse", () =>
      withChromium(async (port) => {
        const audits = [];
        for (const page of LIGHTHOUSE_PAGES.map(withArticle)) {
          log(`  lighthouse ${page}`);
          await warm(`${baseUrl}${page}`, 2);
          const raw = path.join(OUT, `lighthouse-${page.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}.json`);
          audits.push(await auditPage(port, baseUrl, page, LIGHTHOUSE_RUNS, raw));
        }
        return audits;
      }),
    );

    const { helloLoads, storeLoads } = await phase("throughput", async () => {
      // The hello-world references run before and after the store's URLs and are averaged: on a shared machine a
      // single run can land on a busier moment than the store's and skew every ratio.
      const helloRun = async () => {
        const results = [];
        for (const reference of HELLO_LOADS) {
          log(`  load hello-world ${reference.path}`);
          results.push(await measuredLoad(`${floor.baseUrl}${reference.path}`));
        }
        return results;
      };
      const helloBefore = await helloRun();
      const storeLoads: LoadedRoute[] = [];
      for (const page of LOAD_PAGES) {
        const pagePath = withArticle(page.path);
        log(`  load ${pagePath}`);
        const result = await measuredLoad(`${baseUrl}${pagePath}`);
        storeLoads.push({ ...page, path: pagePath, mark: page.kind === "public file" ? null : markOf(pagePath), result });
      }
      const helloAfter = await helloRun();
      const helloLoads: LoadedRoute[] = HELLO_LOADS.map((reference, i) => {
        const runs = [helloBefore[i], helloAfter[i]];
        return { ...reference, mark: "static", target: false, result: combineLoads(runs), runs };
      });
      return { helloLoads, storeLoads };
    });

    const results: BenchResults = {
      date,
      machine: describeMachine(),
      source,
      load,
      durations,
      settings,
      article,
      appUrl: { build: build.appUrl, start: baseUrl },
      floor: { ...floor.results, loads: helloLoads },
      store: { marks: Object.fromEntries(marks), routes, loads: storeLoads, lighthouse },
    };
    await writeFile(path.join(OUT, "results.json"), JSON.stringify(results, null, 2));
    const report = path.join(REPO_ROOT, "bench/results.md");
    const previous = existsSync(report) ? await readFile(report, "utf8") : "";
    await writeFile(report, renderReport(results, keptSections(previous)));
    log("wrote bench/results.md");
  } finally {
    if (server) await stopGroup(server);
    await stopGroup(floor.server);
    await floor.remove();
  }
}

runMain(main);
