import { describe, expect, it } from "vitest";
import { combineLoads, type LoadResult } from "./load-test";

const run = (requestsPerSecond: number, p99Ms: number, non2xx = 0): LoadResult => ({
  url: "http://127.0.0.1:4000/",
  requestsPerSecond,
  p50Ms: requestsPerSecond / 100,
  p99Ms,
  non2xx,
  errors: 0,
  statusCodes: { "200": 100, ...(non2xx ? { "500": non2xx } : {}) },
});

describe("combineLoads", () => {
  it("averages the rates of runs taken at different moments, keeps the worst p99 and every failure", () => {
    const combined = combineLoads([run(1000, 40), run(3000, 90, 2)]);
    expect(combined.requestsPerSecond).toBe(2000);
    expect(combined.p50Ms).toBe(20);
    expect(combined.p99Ms).toBe(90);
    expect(combined.non2xx).toBe(2);
    expect(combined.statusCodes).toEqual({ "200": 200, "500": 2 });
  });

  it("refuses to combine nothing", () => {
    expect(() => combineLoads([])).toThrow(/at least one run/);
  });
});
