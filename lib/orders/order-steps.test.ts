import { describe, expect, it } from "vitest";
import { orderSteps, type OrderStepsInput } from "./order-steps";

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
const base: OrderStepsInput = { status: "PENDING", createdAt: day(1), paidAt: null, fulfilledAt: null, cancelledAt: null, refundedAt: null, carrier: null };

describe("orderSteps", () => {
  it("shows a buyer each step their order reached, in order", () => {
    expect(orderSteps(base).map((s) => s.label)).toEqual(["Order placed"]);
    const shipped = orderSteps({ ...base, status: "FULFILLED", paidAt: day(1), fulfilledAt: day(2), carrier: "UPS" });
    expect(shipped.map((s) => [s.label, s.detail])).toEqual([["Order placed", undefined], ["Payment received", undefined], ["Shipped", "with UPS"]]);
  });

  it("ends with a full or partial refund, or a cancel", () => {
    expect(orderSteps({ ...base, status: "REFUNDED", paidAt: day(1), refundedAt: day(3) }).at(-1)).toMatchObject({ label: "Refunded", at: day(3) });
    expect(orderSteps({ ...base, status: "PARTIALLY_REFUNDED", paidAt: day(1), refundedAt: day(3) }).at(-1)).toMatchObject({ label: "Partly refunded" });
    expect(orderSteps({ ...base, status: "CANCELLED", paidAt: day(1), cancelledAt: day(2), refundedAt: null }).at(-1)).toMatchObject({ label: "Cancelled", at: day(2) });
  });

  it("does not show a cancel that a later payment undid", () => {
    expect(orderSteps({ ...base, status: "PAID", paidAt: day(2), cancelledAt: day(1) }).map((s) => s.key)).toEqual(["placed", "paid"]);
  });
});
