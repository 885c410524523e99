import { describe, expect, it } from "vitest";
import { stockState } from "./stock-state";

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
