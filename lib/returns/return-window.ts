// PURE: the last moment a shipped order can be returned. The returns policy promises 30 days from delivery;
// when the store does not know the delivery day it counts from shipping plus the longest delivery estimate,
// so a shopper never loses days to a slow carrier. No I/O; the caller passes the clock.

/** The returns policy's promise (/policies/returns): 30 days from delivery. */
export const RETURN_WINDOW_DAYS = 30;

/** Days a parcel is assumed to travel when the order carries no delivery estimate of its own. */
export const FALLBACK_DELIVERY_ESTIMATE_DAYS = 10;

const DAY_MS = 24 * 3600_000;

export type ReturnWindowDates = { deliveredAt: Date | null; fulfilledAt: Date | null };

/**
 * The return deadline, or null for an order that has not shipped (no window has opened).
 * `estimateDays`: the most days the order's delivery estimate allows, counted as calendar days; null when
 * unknown, then FALLBACK_DELIVERY_ESTIMATE_DAYS.
 */
export function returnDeadline(order: ReturnWindowDates, estimateDays: number | null): Date | null {
  if (order.deliveredAt) return new Date(order.deliveredAt.getTime() + RETURN_WINDOW_DAYS * DAY_MS);
  if (!order.fulfilledAt) return null;
  const travelDays = estimateDays !== null && Number.isFinite(estimateDays) && estimateDays >= 0 ? estimateDays : FALLBACK_DELIVERY_ESTIMATE_DAYS;
  return new Date(order.fulfilledAt.getTime() + (travelDays + RETURN_WINDOW_DAYS) * DAY_MS);
}

/**
 * The calendar days a delivery estimate in business days can take: each started working week may span a weekend,
 * so 5 business days count as 7 and 12 as 18. Rounded up, in the shopper's favour. Null stays null (no estimate:
 * orders from before shipping zones).
 */
export function estimateCalendarDays(businessDays: number | null): number | null {
  if (businessDays === null || !Number.isFinite(businessDays) || businessDays < 0) return null;
  return businessDays + 2 * Math.ceil(businessDays / 5);
}

/** Whether a request made at `now` is inside the window (the deadline itself still counts). */
export function isReturnWindowOpen(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() <= deadline.getTime();
}
