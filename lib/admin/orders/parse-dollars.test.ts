import { describe, expect, it } from "vitest";
import { dollarsToCents } from "./parse-dollars";

describe("dollarsToCents", () => {
  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["12.05", 1205],
    [" $0.99 ", 99],
    ["199.20", 19920],
    ["0", 0],
  ])("%s -> %i cents", (text, cents) => expect(dollarsToCents(text)).toBe(cents));

  it.each(["", "abc", "12.345", "-5", "1,000", "1e3", "12."])("refuses %j", (text) => expect(dollarsToCents(text)).toBeNull());
});
