import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

describe("formatMoney", () => {
  it.each([
    [39900, "usd", "$399.00"],
    [5, "usd", "$0.05"],
    [0, "usd", "$0.00"],
    [123456, "eur", "€1,234.56"],
  ])("%i %s -> %s", (cents, currency, text) => {
    expect(formatMoney(cents, currency)).toBe(text);
  });
});
