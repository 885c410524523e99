import { describe, expect, it } from "vitest";
import { percentOfCents } from "./round";

describe("percentOfCents", () => {
  it.each([
    [15900, 75, 11925],
    [999, 50, 500], // 499.5 rounds half up
    [333, 10, 33], // 33.3 rounds down
    [1, 50, 1], // 0.5 rounds up
    [24900, 60, 14940],
    [0, 75, 0],
  ])("%i cents at %i%% -> %i", (cents, percent, expected) => {
    expect(percentOfCents(cents, percent)).toBe(expected);
  });
});
