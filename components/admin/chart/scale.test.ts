import { describe, expect, it } from "vitest";
import { niceMax, ticks } from "./scale";

describe("niceMax", () => {
  it.each([
    [0, 1],
    [-5, 1],
    [7, 10],
    [10, 10],
    [11, 20],
    [2300, 2500],
    [31800, 50000],
    [149999, 200000],
  ])("%d -> %d", (value, max) => expect(niceMax(value)).toBe(max));
});

describe("ticks", () => {
  it("spaces gridlines evenly from zero to the top", () => expect(ticks(20000)).toEqual([0, 5000, 10000, 15000, 20000]));
});
