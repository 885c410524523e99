import { describe, expect, it } from "vitest";
import { FALLBACK_DELIVERY_ESTIMATE_DAYS, isReturnWindowOpen, RETURN_WINDOW_DAYS, returnDeadline } from "./return-window";

const DAY = 24 * 3600_000;
const shipped = new Date("2026-11-02T15:30:00Z");
const delivered = new Date("2026-11-05T09:00:00Z");

describe("returnDeadline", () => {
  it("counts 30 days from delivery when the delivery day is known, whatever the estimate", () => {
    expect(RETURN_WINDOW_DAYS).toBe(30);
    expect(returnDeadline({ deliveredAt: delivered, fulfilledAt: shipped }, 4)).toEqual(new Date("2026-12-05T09:00:00Z"));
    expect(returnDeadline({ deliveredAt: delivered, fulfilledAt: shipped }, null)).toEqual(new Date("2026-12-05T09:00:00Z"));
  });

  it("counts from shipping plus the delivery estimate when the delivery day is unknown", () => {
    expect(returnDeadline({ deliveredAt: null, fulfilledAt: shipped }, 5)).toEqual(new Date(shipped.getTime() + 35 * DAY));
    expect(returnDeadline({ deliveredAt: null, fulfilledAt: shipped }, 0)).toEqual(new Date(shipped.getTime() + 30 * DAY));
  });

  it("assumes the fallback estimate when the order carries none", () => {
    expect(FALLBACK_DELIVERY_ESTIMATE_DAYS).toBe(10);
    expect(returnDeadline({ deliveredAt: null, fulfilledAt: shipped }, null)).toEqual(new Date("2026-12-12T15:30:00Z"));
    expect(returnDeadline({ deliveredAt: null, fulfilledAt: shipped }, Number.NaN)).toEqual(new Date("2026-12-12T15:30:00Z"));
    expect(returnDeadline({ deliveredAt: null, fulfilledAt: shipped }, -3)).toEqual(new Date("2026-12-12T15:30:00Z"));
  });

  it("has no window for an order that has not shipped", () => {
    expect(returnDeadline({ deliveredAt: null, fulfilledAt: null }, 5)).toBeNull();
  });
});

describe("isReturnWindowOpen", () => {
  const deadline = new Date("2026-12-05T09:00:00Z");
  it.each([
    ["a day before", new Date(deadline.getTime() - DAY), true],
    ["at the deadline itself", deadline, true],
    ["a millisecond after", new Date(deadline.getTime() + 1), false],
  ])("is %s: %s", (_when, now, open) => {
    expect(isReturnWindowOpen(deadline, now)).toBe(open);
  });

  it("is closed when no window opened", () => {
    expect(isReturnWindowOpen(null, new Date())).toBe(false);
  });
});
