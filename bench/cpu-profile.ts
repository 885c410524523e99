// Reads a V8 .cpuprofile (node --cpu-prof) and says where the samples went, as shares of the busy time.
// A sample counts for a category when any frame on its stack matches it (inclusive time), so shares of
// nested categories may add up to more than 100%; "self" lists the hottest functions by their own time.
export type CallFrame = { functionName: string; url: string; lineNumber: number };
export type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** A category: its name and a test on one stack frame. */
export type Category = { name: string; matches: (frame: CallFrame) => boolean };

export type Share = { name: string; ms: number; share: number };
export type ProfileSummary = { totalMs: number; busyMs: number; idleMs: number; categories: Share[]; hottest: Share[] };

const IDLE = new Set(["(idle)", "(program)"]);

function stacks(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const cache = new Map<number, CallFrame[]>();
  return (id: number): CallFrame[] => {
    const cached = cache.get(id);
    if (cached) return cached;
    const frames: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) frames.push(node.callFrame);
    }
    cache.set(id, frames);
    return frames;
  };
}

export function summarizeProfile(profile: CpuProfile, categories: Category[], top = 15): ProfileSummary {
  const stackOf = stacks(profile);
  const byCategory = new Map(categories.map((category) => [category.name, 0]));
  const self = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  profile.samples.forEach((id, index) => {
    // timeDeltas[i] is the time before sample i; the next delta is the sample's own length.
    const us = Math.max(0, profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0);
    totalUs += us;
    const frames = stackOf(id);
    const leaf = frames[0];
    if (!leaf || IDLE.has(leaf.functionName)) {
      idleUs += us;
      return;
    }
    const name = `${leaf.functionName || "(anonymous)"} ${shortUrl(leaf.url)}:${leaf.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + us);
    for (const category of categories)
      if (frames.some(category.matches)) byCategory.set(category.name, (byCategory.get(category.name) ?? 0) + us);
  });
  const busyUs = totalUs - idleUs;
  const share = (name: string, us: number): Share => ({ name, ms: Math.round(us / 1000), share: busyUs > 0 ? us / busyUs : 0 });
  return {
    totalMs: Math.round(totalUs / 1000),
    busyMs: Math.round(busyUs / 1000),
    idleMs: Math.round(idleUs / 1000),
    categories: [...byCategory].map(([name, us]) => share(name, us)),
    hottest: [...self]
      .sort(([, a], [, b]) => b - a)
      .slice(0, top)
      .map(([name, us]) => share(name, us)),
  };
}

/** The part of a file URL worth reading: from node_modules or the build folder on. */
export function shortUrl(url: string): string {
  if (!url) return "(native)";
  const at = Math.max(url.lastIndexOf("node_modules/"), url.indexOf("/.next"));
  return at >= 0 ? url.slice(at).replace(/^node_modules\//, "") : url.replace(/^.*\//, "");
}

const inFile = (pattern: RegExp) => (frame: CallFrame) => pattern.test(frame.url);
const named = (pattern: RegExp) => (frame: CallFrame) => pattern.test(frame.functionName);

const compiledServerChunk = (f: CallFrame) => /\/server\/chunks\/[^/]+\.js$/.test(f.url); // proxy and route handlers; pages live in chunks/ssr/

/** The per-request costs the store adds to a hello-world app, each recognised by the code it runs. */
export const STORE_CATEGORIES: Category[] = [
  {
    name: "proxy.ts (its compiled chunk, Next's adapter, NextRequest/NextResponse)",
    matches: (f) => compiledServerChunk(f) || /^(runMiddleware|handleCatchallMiddlewareRequest)$/.test(f.functionName),
  },
  {
    name: "page cache read (Next's incremental cache, lib/cache/page-cache-handler.js)",
    matches: (f) => inFile(/page-cache-handler|redis-link|file-system-cache|incremental-cache|response-cache/)(f) || named(/^getIncrementalCache$/)(f),
  },
  { name: "route matching (custom headers, rewrites, redirects, the proxy's matcher)", matches: inFile(/path-to-regexp|prepare-destination|route-matcher|middleware-route-matcher/) },
  { name: "writing the response (res.end, Buffer.byteLength, compression wrapper)", matches: (f) => (f.url === "node:_http_outgoing" && f.functionName === "end") || f.functionName === "byteLength" || inFile(/compiled\/compression/)(f) },
  { name: "instrumentation.ts", matches: inFile(/instrumentation/) },
  { name: "Next's tracing and async context (tracer, async_hooks)", matches: (f) => inFile(/trace\/tracer|async_hooks/)(f) || /^node:(internal\/)?async_hooks$/.test(f.url) },
  // Leaf-side frames only: node:_http_server sits under every request handler and would count everything.
  { name: "socket writes (net, stream_base, writev)", matches: (f) => /^node:(net|internal\/stream_base_commons)$/.test(f.url) || /^(writev|writeUtf8String|writeBuffer)$/.test(f.functionName) },
  { name: "garbage collection", matches: named(/^\(garbage collector\)$/) },
];

export function renderSummary(title: string, summary: ProfileSummary): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  return [
    `### ${title}`,
    "",
    `${summary.busyMs} ms of CPU in ${summary.totalMs} ms sampled (idle ${summary.idleMs} ms).`,
    "",
    "| What (inclusive: any frame on the stack) | CPU ms | share of busy time |",
    "| --- | --- | --- |",
    ...summary.categories.map((entry) => `| ${entry.name} | ${entry.ms} | ${pct(entry.share)} |`),
    "",
    "| Hottest functions (self time) | CPU ms | share |",
    "| --- | --- | --- |",
    ...summary.hottest.map((entry) => `| \`${entry.name.replaceAll("|", "\\|")}\` | ${entry.ms} | ${pct(entry.share)} |`),
  ].join("\n");
}
