import { describe, expect, it } from "vitest";
import { shortUrl, summarizeProfile, type CpuProfile } from "./cpu-profile";

const frame = (functionName: string, url = "") => ({ functionName, url, lineNumber: 0 });

// root -> handler (proxy.ts) -> writev; root -> render (app-page); root -> (idle)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2, 4, 5] },
    { id: 2, callFrame: frame("handler", "file:///app/.next/server/proxy.js"), children: [3] },
    { id: 3, callFrame: frame("writev") },
    { id: 4, callFrame: frame("render", "file:///app/node_modules/next/dist/server/app-page.js") },
    { id: 5, callFrame: frame("(idle)") },
  ],
  // each sample lasts the next delta: 2 ms writev under the proxy, 1 ms proxy itself, 1 ms render, 4 ms idle
  samples: [3, 2, 4, 5, 3],
  timeDeltas: [0, 2000, 1000, 1000, 4000, 0],
  startTime: 0,
  endTime: 8000,
};

describe("summarizeProfile", () => {
  const summary = summarizeProfile(profile, [
    { name: "proxy", matches: (f) => f.url.includes("proxy") },
    { name: "render", matches: (f) => f.url.includes("app-page") },
  ]);

  it("counts a sample for every category on its stack, as a share of the busy time", () => {
    expect(summary.busyMs).toBe(4);
    expect(summary.idleMs).toBe(4);
    expect(summary.categories).toEqual([
      { name: "proxy", ms: 3, share: 0.75 },
      { name: "render", ms: 1, share: 0.25 },
    ]);
  });

  it("ranks functions by their own time", () => {
    expect(summary.hottest[0]).toMatchObject({ name: "writev (native):1", ms: 2 });
  });
});

describe("shortUrl", () => {
  it("keeps the readable end of a path", () => {
    expect(shortUrl("file:///w/node_modules/next/dist/server/base-server.js")).toBe("next/dist/server/base-server.js");
    expect(shortUrl("file:///w/.next-bench/server/chunks/a.js")).toBe("/.next-bench/server/chunks/a.js");
    expect(shortUrl("")).toBe("(native)");
  });
});
