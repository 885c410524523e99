import { describe, expect, it } from "vitest";
import { centsToDollars, dollarsToCents, formatMoney } from "./money";

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

describe("dollarsToCents", () => {
  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["12.05", 1205],
    [" $0.99 ", 99],
    ["199.20", 19920],
    ["0", 0],
    ["249", 24900],
    ["249.5", 24950],
    ["249.99", 24999],
    [" $1,249.00 ", 124900],
    ["0.07", 7],
    ["19.90", 1990],
    ["10", 1000],
    ["$0.99", 99],
    [" 49.90 ", 4990],
  ])("%s -> %i cents", (text, cents) => expect(dollarsToCents(text)).toBe(cents));

  it.each(["", "abc", "12.345", "-5", "-1", "1,000", "1e3", "12.", "12,34", "$", "1000,000.00", "12,345,678.00"])("refuses %j", (text) =>
    expect(dollarsToCents(text)).toBeNull(),
  );

  it("round-trips through a form's initial value", () => {
    for (const cents of [100, 1990, 24900, 39999]) expect(dollarsToCents(centsToDollars(cents))).toBe(cents);
  });
});
