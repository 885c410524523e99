// `npm run bench:profile`: where a cached page's CPU time goes, the store against the hello-world app.
// Starts both with `node --cpu-prof` (next start serves in its own process), loads each URL with autocannon,
// and summarises only the samples taken while that URL was under load (V8's profile clock and
// process.hrtime are both the system's monotonic clock). Reuses the bench's store build (.next-bench, or
// `--dist=<folder>`), building it when missing. Writes bench/out/profile.md and the raw .cpuprofile files.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { LOAD, STORE_ENV } from "./config";
import { renderSummary, STORE_CATEGORIES, summarizeProfile, type CpuProfile } from "./cpu-profile";
import { warm } from "./fetch-page";
import { createHelloWorldApp } from "./hello-world";
import { loadTest } from "./load-test";
import { loadAverage } from "./machine";
import { nextBuild, nextStart, REPO_ROOT } from "./next-app";
import { delay, freePort, runMain, stopGroup, type Started } from "./processes";

const OUT = path.join(REPO_ROOT, "bench/out/profile");
const distArg = process.argv.find((arg) => arg.startsWith("--dist="));
const DIST = distArg ? distArg.slice("--dist=".length) : STORE_ENV.NEXT_DIST_DIR;
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
/** `--store-only`: skip the hello-world app (while iterating on the store). */
const STORE_ONLY = process.argv.includes("--store-only");

type Window = { label: string; url: string; fromUs: number; toUs: number; requestsPerSecond: number; p99Ms: number; load: number };
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function profiled(dir: string, start: (nodeArgs: string[]) => Promise<Started>, urls: { label: string; url: string }[]) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const server = await start(["--cpu-prof", `--cpu-prof-dir=${dir}`]);
  const windows: Window[] = [];
  try {
    for (const { label, url } of urls) {
      await warm(url, 20);
      await loadTest(url, { ...LOAD, durationSeconds: 2 }); // JIT warm-up, outside the window
      const load = loadAverage();
      const fromUs = nowUs();
      const result = await loadTest(url, { ...LOAD, warmupSeconds: 0, durationSeconds: SECONDS });
      windows.push({ label, url, fromUs, toUs: nowUs(), requestsPerSecond: result.requestsPerSecond, p99Ms: result.p99Ms, load });
      await delay(1000);
    }
  } finally {
    await stopGroup(server); // next start exits on SIGTERM, and node writes the profile on exit
  }
  await writeFile(path.join(dir, "windows.json"), JSON.stringify(windows, null, 2));
  const file = (await readdir(dir)).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  return { profile: JSON.parse(await readFile(path.join(dir, file), "utf8")) as CpuProfile, windows };
}

/** The part of a profile recorded between two monotonic timestamps. */
function slice(profile: CpuProfile, fromUs: number, toUs: number): CpuProfile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let at = profile.startTime;
  let last = fromUs;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (at < fromUs || at > toUs) return;
    samples.push(id);
    timeDeltas.push(at - last);
    last = at;
  });
  return { ...profile, samples, timeDeltas, startTime: fromUs, endTime: toUs };
}

function report(name: string, result: Awaited<ReturnType<typeof profiled>>): string[] {
  return result.windows.map((window) => {
    const part = slice(result.profile, window.fromUs, window.toUs);
    const heading = `${name} ${window.label} (${Math.round(window.requestsPerSecond)} req/s, p99 ${window.p99Ms} ms, load average ${window.load})`;
    return renderSummary(heading, summarizeProfile(part, STORE_CATEGORIES));
  });
}

async function main() {
  await mkdir(OUT, { recursive: true });
  if (!existsSync(path.join(REPO_ROOT, DIST, "BUILD_ID"))) {
    console.log(`building the store into ${DIST}`);
    await nextBuild(REPO_ROOT, { NEXT_DIST_DIR: DIST, APP_URL: "http://127.0.0.1:3209" });
  }
  const hello = await createHelloWorldApp();
  try {
    let helloSections: string[] = [];
    if (!STORE_ONLY) {
      await nextBuild(hello.dir);
      const helloPort = await freePort(3208);
      const helloUrl = `http://127.0.0.1:${helloPort}`;
      const helloRun = await profiled(path.join(OUT, "hello-world"), (nodeArgs) => nextStart(hello.dir, helloPort, {}, "/", nodeArgs), [
        { label: "page /", url: `${helloUrl}/` },
        { label: "public file /logo.svg", url: `${helloUrl}/logo.svg` },
      ]);
      helloSections = report("hello-world", helloRun);
    }

    const storePort = await freePort(3209);
    const storeUrl = `http://127.0.0.1:${storePort}`;
    const dataDir = ".data/bench-profile";
    await rm(path.join(REPO_ROOT, dataDir), { recursive: true, force: true });
    await mkdir(path.join(REPO_ROOT, ".data"), { recursive: true });
    const env = { ...STORE_ENV, DATA_DIR: dataDir, NEXT_DIST_DIR: DIST, APP_URL: storeUrl };
    const storeRun = await profiled(path.join(OUT, "store"), (nodeArgs) => nextStart(REPO_ROOT, storePort, env, "/api/health", nodeArgs), [
      { label: "cached product page /products/ultragun", url: `${storeUrl}/products/ultragun` },
      { label: "public file /logo.svg", url: `${storeUrl}/logo.svg` },
    ]);

    const text = [
      `# CPU profiles under load (${new Date().toISOString()}, autocannon ${LOAD.connections} connections, ${SECONDS} s per URL)`,
      "",
      ...[...helloSections, ...report("store", storeRun)].flatMap((section) => [section, ""]),
    ].join("\n");
    await writeFile(path.join(OUT, "profile.md"), text);
    console.log(text);
  } finally {
    await hello.remove();
  }
}

runMain(main);
