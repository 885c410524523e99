// "What limited the numbers": observations drawn from the run's own data, never from guesses.
import { TARGETS } from "./config";
import { kB, percent } from "./format";
import type { BenchResults } from "./results";

function loadNote(results: BenchResults): string | null {
  const values = Object.values(results.load);
  const highest = Math.max(...values);
  if (highest < results.machine.cores) return null;
  return `Busy machine: the 1-minute load average was ${Math.min(...values)}–${highest} on ${results.machine.cores} cores during the run, so other work shared the CPU. Absolute req/s and Lighthouse timings are pessimistic and noisy; compare the ratios within this run.`;
}

function perRequestNote(results: BenchResults): string | null {
  const postponed = results.store.routes.filter((route) => route.headers.postponed).map((route) => route.path);
  if (postponed.length === 0) return null;
  const noStore = results.store.routes.filter((route) => route.headers.cacheControl?.includes("no-store")).length;
  return `Rendered per request: ${postponed.join(", ")} answer with \`x-nextjs-postponed: 1\` (prerendered shell, Suspense holes rendered on every request)${noStore ? `, and ${noStore} of ${results.store.routes.length} routes send \`Cache-Control: private, no-store\`, so no CDN or browser cache can absorb repeat views` : ""}.`;
}

function layoutNote(results: BenchResults): string | null {
  const hello = results.floor.loads.find((load) => load.kind === "page")?.result.requestsPerSecond ?? 0;
  const layout = results.store.loads.find((load) => load.kind === "page" && !load.target);
  const targets = results.store.loads.filter((load) => load.kind === "page" && load.target);
  if (!layout || targets.length === 0 || hello === 0 || layout.result.requestsPerSecond === 0) return null;
  const shares = targets.map((load) => Math.round((load.result.requestsPerSecond / layout.result.requestsPerSecond) * 100));
  const verdict =
    layout.result.requestsPerSecond / hello < TARGETS.pageRatio.floor
      ? "The layout alone misses the target, so costs every page shares (headers, the cache read, the layout's HTML) cap every page before any page's own content counts"
      : "The layout leaves room, so the gap is in the pages' own content";
  return `${layout.path} has no data of its own and served ${percent(layout.result.requestsPerSecond, hello)} of the hello-world page's rate; the data pages served ${Math.min(...shares)}–${Math.max(...shares)}% of the layout-only rate. ${verdict}.`;
}

function fileNote(results: BenchResults): string | null {
  const store = results.store.loads.find((load) => load.kind === "public file");
  const hello = results.floor.loads.find((load) => load.kind === "public file");
  const page = results.floor.loads.find((load) => load.kind === "page");
  if (!store || !hello || !page || hello.result.requestsPerSecond === 0) return null;
  return `The same public file served ${percent(store.result.requestsPerSecond, hello.result.requestsPerSecond)} of the hello-world app's rate: a public file runs no page code, so what remains is the work the store's configuration adds to every request (custom headers, rewrites, the proxy's matcher). For scale, the hello-world app served its file at ${percent(hello.result.requestsPerSecond, page.result.requestsPerSecond)} of its page's rate.`;
}

function javascriptNote(results: BenchResults): string | null {
  const routes = results.store.routes.filter((route) => route.status === 200);
  if (routes.length === 0) return null;
  const counts = new Map<string, { bytes: number; routes: string[] }>();
  for (const route of routes)
    for (const script of route.scripts) {
      const entry = counts.get(script.src) ?? { bytes: script.gzipBytes, routes: [] };
      entry.routes.push(route.path);
      counts.set(script.src, entry);
    }
  const shared = [...counts.values()].filter((entry) => entry.routes.length === routes.length);
  const sharedBytes = shared.reduce((total, entry) => total + entry.bytes, 0);
  const own = [...counts.entries()]
    .filter(([, entry]) => entry.routes.length < routes.length)
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .slice(0, 4)
    .map(([src, entry]) => `${src.split("/").pop()} ${kB(entry.bytes)} kB on ${entry.routes.join(", ")}`);
  const floor = results.floor.firstLoad.totalBytes;
  return `JavaScript: ${kB(sharedBytes)} kB is shared by all ${routes.length} routes (${kB(sharedBytes - floor)} kB more than the whole hello-world floor); route-only chunks: ${own.length ? own.join("; ") : "none"}. Raw chunk lists: bench/out/results.json.`;
}

function floorVerdict(floor: number, worstStorePage: number): string {
  const target = TARGETS.lighthouse.performance;
  if (floor < target) return `: on this machine even the floor misses ${target}, so part of the gap is the host`;
  if (worstStorePage < target) return ": the floor reaches the target, so the gap is the store's own";
  return "";
}

function lighthouseNote(results: BenchResults): string | null {
  const audits = results.store.lighthouse;
  if (audits.length === 0) return null;
  const indexes = audits.map((audit) => Math.round(audit.benchmarkIndex));
  const warnings = [...new Set(audits.flatMap((audit) => audit.warnings))];
  const floor = results.floor.lighthouse?.scores.performance;
  const scores = audits.map((audit) => audit.scores.performance ?? 0);
  const floorPart =
    floor === undefined || floor === null
      ? ""
      : ` The hello-world page scored ${floor} for performance in the same conditions (store pages ${Math.min(...scores)}–${Math.max(...scores)})${floorVerdict(floor, Math.min(...scores))}.`;
  return `Lighthouse's host CPU benchmark index was ${Math.min(...indexes)}–${Math.max(...indexes)} (its simulated throttling scales from the host; a slow or busy host inflates TBT and LCP).${floorPart}${warnings.length ? ` Lighthouse warned: ${warnings.join(" / ")}` : ""}`;
}

function metadataNote(results: BenchResults): string | null {
  const streamed = results.store.routes
    .map((route) => {
      const inBody = (["title", "description", "canonical"] as const).filter((tag) => route.metadata[tag] === "body");
      return inBody.length ? `${route.path} (${inBody.join(", ")})` : null;
    })
    .filter((entry): entry is string => entry !== null);
  const origin = new URL(results.appUrl.start).origin;
  const foreign = results.store.routes
    .flatMap((route) => route.metadata.canonicalUrls.filter((url) => url.startsWith("http") && new URL(url).origin !== origin).map((url) => `${route.path} → ${url}`));
  const parts = [];
  if (streamed.length)
    parts.push(`Metadata streamed into <body>, after </head>, on ${streamed.join("; ")}: a dynamic generateMetadata is streamed, and readers of <head> only (Lighthouse's SEO audits, some link-preview bots) do not see it.`);
  if (foreign.length) parts.push(`Canonical links pointing at another origin than the server's ${origin}: ${foreign.join("; ")}.`);
  if (results.appUrl.build !== results.appUrl.start)
    parts.push(`The store was built with APP_URL ${results.appUrl.build} but served at ${results.appUrl.start} (port taken), so prerendered shells carry the build's URL.`);
  return parts.length ? parts.join(" ") : null;
}

function failuresNote(results: BenchResults): string | null {
  const failing = [...results.floor.loads, ...results.store.loads].filter((page) => page.result.non2xx > 0 || page.result.errors > 0);
  if (failing.length === 0) return null;
  return `Failed responses under load: ${failing
    .map((page) => `${page.path} ${page.result.non2xx} non-2xx, ${page.result.errors} errors/timeouts (${JSON.stringify(page.result.statusCodes)})`)
    .join("; ")}.`;
}

export function observations(results: BenchResults): string[] {
  const notes = [loadNote, perRequestNote, layoutNote, fileNote, javascriptNote, metadataNote, lighthouseNote, failuresNote];
  return notes.map((note) => note(results)).filter((note): note is string => note !== null);
}
