import { describe, expect, it } from "vitest";
import { estimateCalendarDays, FALLBACK_DELIVERY_ESTIMATE_DAYS, isReturnWindowOpen, RETURN_WINDOW_DAYS, returnDeadline } from "./return-window";

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

describe("estimateCalendarDays", () => {
  it("gives each started working week its weekend, so the window never closes before a slow parcel arrives", () => {
    expect(estimateCalendarDays(0)).toBe(0);
    expect(estimateCalendarDays(1)).toBe(3);
    expect(estimateCalendarDays(5)).toBe(7);
    expect(estimateCalendarDays(8)).toBe(12);
    expect(estimateCalendarDays(12)).toBe(18);
  });

  it("leaves orders without an estimate to the fallback", () => {
    expect(estimateCalendarDays(null)).toBeNull();
    const shipped = new Date("2026-11-02T15:30:00Z");
    expect(returnDeadline({ deliveredAt: null, fulfilledAt: shipped }, estimateCalendarDays(null))).toEqual(new Date("2026-12-12T15:30:00Z"));
    // Australia's 7–12 business days: 18 calendar days of travel, then the 30-day window.
    expect(returnDeadline({ deliveredAt: null, fulfilledAt: shipped }, estimateCalendarDays(12))).toEqual(new Date("2026-12-20T15:30:00Z"));
  });
});
