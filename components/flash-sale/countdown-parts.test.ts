import { describe, expect, it } from "vitest";
import { countdownParts, countdownWords } from "./countdown-parts";

const now = Date.UTC(2026, 10, 26, 12, 0, 0);
const later = (d: number, h: number, m: number, s: number) => now + (((d * 24 + h) * 60 + m) * 60 + s) * 1000;

describe("countdownParts", () => {
  it("splits the time left into days, hours, minutes and seconds", () => {
    expect(countdownParts(later(13, 23, 59, 7), now)).toEqual({ days: 13, hours: 23, minutes: 59, seconds: 7 });
  });

  it("drops the part of a second that is left, and never goes below zero", () => {
    expect(countdownParts(now + 1999, now)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 1 });
    expect(countdownParts(now - 5000, now)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});

describe("countdownWords", () => {
  it.each([
    [later(2, 4, 5, 6), "2 days and 4 hours"],
    [later(1, 1, 0, 0), "1 day and 1 hour"],
    [later(0, 3, 1, 0), "3 hours and 1 minute"],
    [later(0, 0, 4, 30), "4 minutes and 30 seconds"],
  ])("%i -> %s", (endsAt, words) => {
    expect(countdownWords(countdownParts(endsAt, now))).toBe(words);
  });
});
