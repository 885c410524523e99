import { describe, expect, it } from "vitest";
import { bearerMatches } from "./bearer";

const SECRET = "s3cret-for-the-scheduler-0123456789abcdef";

describe("bearerMatches", () => {
  it("accepts exactly `Bearer <secret>`", () => {
    expect(bearerMatches(`Bearer ${SECRET}`, SECRET)).toBe(true);
  });

  it.each([
    ["no header", null],
    ["an empty header", ""],
    ["another scheme", `Basic ${SECRET}`],
    ["the secret alone", SECRET],
    ["a lower-case scheme", `bearer ${SECRET}`],
    ["a longer token", `Bearer ${SECRET}x`],
    ["a prefix of the secret", `Bearer ${SECRET.slice(0, -1)}`],
    ["an empty token", "Bearer "],
  ])("refuses %s", (_, header) => {
    expect(bearerMatches(header, SECRET)).toBe(false);
  });
});
