import { describe, expect, it } from "vitest";
import { canTransition, ORDER_TRANSITIONS } from "./life-cycle";

describe("the order life cycle", () => {
  it.each([
    ["PENDING", "PAID", true],
    ["PENDING", "EXPIRED", true],
    ["PENDING", "CANCELLED", true],
    ["EXPIRED", "PAID", true],
    ["EXPIRED", "PENDING", true],
    ["CANCELLED", "PAID", false],
    ["CANCELLED", "PENDING", false],
    ["REFUNDED", "PAID", false],
    ["FULFILLED", "CANCELLED", false],
    ["PAID", "PENDING", false],
    ["PAID", "EXPIRED", false],
  ] as const)("%s -> %s: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it("has no way out of a cancelled or fully refunded order", () => {
    expect(ORDER_TRANSITIONS.CANCELLED).toEqual([]);
    expect(ORDER_TRANSITIONS.REFUNDED).toEqual([]);
  });
});
