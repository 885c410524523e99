import { describe, expect, it } from "vitest";
import { decimalAmount } from "./decimal-amount";

describe("decimalAmount", () => {
  it.each([
    [15900, "usd", "159.00"],
    [39900, "USD", "399.00"],
    [9960, "usd", "99.60"],
    [5, "usd", "0.05"],
    [0, "eur", "0.00"],
    [-1250, "usd", "-12.50"],
    [1500, "jpy", "1500"],
    [123456, "kwd", "123.456"],
  ])("%i %s -> %s", (cents, currency, expected) => {
    expect(decimalAmount(cents, currency)).toBe(expected);
  });

  it("refuses fractions of a cent", () => {
    expect(() => decimalAmount(10.5, "usd")).toThrow(/whole minor units/);
  });
});
