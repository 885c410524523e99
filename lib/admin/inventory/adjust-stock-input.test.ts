import { describe, expect, it } from "vitest";
import { adjustStockSchema } from "./adjust-stock-input";

const form = (quantity: string, reason: string, note = "") => ({ productId: "p1", quantity, reason, note });

describe("the stock adjustment form", () => {
  it.each([
    [form("5", "RESTOCK", " Pallet 12 "), { delta: 5, reason: "RESTOCK", note: "Pallet 12" }],
    [form("+3", "RETURN"), { delta: 3, reason: "RETURN", note: null }],
    [form("-2", "DAMAGE"), { delta: -2, reason: "DAMAGE", note: null }],
    [form("-24", "CORRECTION", "Shelf count"), { delta: -24, reason: "CORRECTION", note: "Shelf count" }],
    [form("7", "CORRECTION"), { delta: 7, reason: "CORRECTION", note: null }],
  ])("%j parses", (input, expected) => {
    expect(adjustStockSchema.parse(input)).toEqual({ productId: "p1", ...expected });
  });

  it.each([
    [form("0", "CORRECTION"), "other than zero"],
    [form("1.5", "RESTOCK"), "whole number"],
    [form("", "RESTOCK"), "whole number"],
    [form("-3", "RESTOCK"), "adds units"],
    [form("-1", "RETURN"), "adds units"],
    [form("2", "DAMAGE"), "negative number"],
    [form("200000", "RESTOCK"), "at most 100,000"],
    [form("1234567", "RESTOCK"), "whole number"],
  ])("%j is refused on the quantity", (input, message) => {
    const result = adjustStockSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path[0] === "quantity")?.message).toContain(message);
  });

  it("refuses SALE and SEED: those movements come from orders and the seed only", () => {
    for (const reason of ["SALE", "SEED", ""]) {
      const result = adjustStockSchema.safeParse(form("1", reason));
      expect(result.error!.issues.find((i) => i.path[0] === "reason")?.message).toBe("Choose a reason.");
    }
  });
});
