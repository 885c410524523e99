import { describe, expect, it } from "vitest";
import { shownStockChanged, stockState } from "./stock-state";

describe("stockState", () => {
  it.each([
    [0, { kind: "sold_out" }],
    [-2, { kind: "sold_out" }],
    [1, { kind: "low", left: 1 }],
    [5, { kind: "low", left: 5 }],
    [6, { kind: "in_stock", available: 6 }],
  ])("%i available -> %j", (available, state) => {
    expect(stockState(available)).toEqual(state);
  });
});

describe("shownStockChanged", () => {
  it.each([
    ["a count shown in stock moves", [{ productId: "a", availableBefore: 20, availableAfter: 18 }], true],
    ["in stock to low", [{ productId: "a", availableBefore: 6, availableAfter: 5 }], true],
    ["the same units given back and taken again", [{ productId: "a", availableBefore: 18, availableAfter: 20 }, { productId: "a", availableBefore: 20, availableAfter: 18 }], false],
    ["sold out stays sold out", [{ productId: "a", availableBefore: 0, availableAfter: 0 }], false],
    ["nothing moved", [], false],
  ])("%s", (_, changes, expected) => {
    expect(shownStockChanged(changes)).toBe(expected);
  });
});
