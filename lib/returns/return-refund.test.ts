import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineReturnRefundCents, returnRefundCents } from "./return-refund";

describe("lineReturnRefundCents", () => {
  it("refunds the price paid per unit, after the line's discount", () => {
    // 2 × $159.00 with $79.50 off the line: $238.50 paid, $119.25 per unit.
    const line = { quantity: 2, totalCents: 23850 };
    expect(lineReturnRefundCents(line, 0, 1)).toBe(11925);
    expect(lineReturnRefundCents(line, 0, 2)).toBe(23850);
  });

  it("never rounds up: an odd cent goes to the last unit returned, so the parts add up to the total", () => {
    const line = { quantity: 3, totalCents: 1000 }; // 333.33… each
    expect(lineReturnRefundCents(line, 0, 1)).toBe(333);
    expect(lineReturnRefundCents(line, 1, 1)).toBe(333);
    expect(lineReturnRefundCents(line, 2, 1)).toBe(334);
    expect(lineReturnRefundCents(line, 0, 3)).toBe(1000);
  });

  it("refunds nothing for a line given away free", () => {
    expect(lineReturnRefundCents({ quantity: 2, totalCents: 0 }, 0, 2)).toBe(0);
  });

  it.each([
    ["more units than were bought", { quantity: 2, totalCents: 500 }, 1, 2],
    ["a negative quantity", { quantity: 2, totalCents: 500 }, 0, -1],
    ["a fractional quantity", { quantity: 2, totalCents: 500 }, 0, 0.5],
  ])("refuses %s", (_name, line, already, returning) => {
    expect(() => lineReturnRefundCents(line, already, returning)).toThrow();
  });

  it("adds up to exactly the line's total however the units come back, and each part is within a cent of the unit price", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((quantity) =>
          fc.record({
            quantity: fc.constant(quantity),
            totalCents: fc.integer({ min: 0, max: 2_500_000 }),
            batches: fc.array(fc.integer({ min: 1, max: quantity }), { maxLength: quantity }),
          }),
        ),
        ({ quantity, totalCents, batches }) => {
          let returned = 0;
          let refunded = 0;
          for (const batch of batches) {
            const take = Math.min(batch, quantity - returned);
            const part = lineReturnRefundCents({ quantity, totalCents }, returned, take);
            expect(Math.abs(part - (totalCents * take) / quantity)).toBeLessThan(1);
            returned += take;
            refunded += part;
          }
          refunded += lineReturnRefundCents({ quantity, totalCents }, returned, quantity - returned);
          expect(refunded).toBe(totalCents);
        },
      ),
    );
  });
});

describe("returnRefundCents", () => {
  it("sums the lines of a return", () => {
    expect(
      returnRefundCents([
        { quantity: 2, totalCents: 23850, alreadyReturned: 0, returning: 1 },
        { quantity: 1, totalCents: 39900, alreadyReturned: 0, returning: 1 },
      ]),
    ).toBe(11925 + 39900);
  });
});
