// Which orders may be reviewed: shipped and not (wholly) refunded or cancelled. A partial refund (a goodwill
// gesture, one unit back) leaves the buyer with the device, so they may still say what they think of it.
import type { OrderStatus } from "../generated/prisma/enums";

export const REVIEWABLE_STATES = ["FULFILLED", "PARTIALLY_REFUNDED"] as const satisfies readonly OrderStatus[];

export function isReviewable(order: { status: OrderStatus; fulfilledAt: Date | null }): boolean {
  return order.fulfilledAt !== null && (REVIEWABLE_STATES as readonly OrderStatus[]).includes(order.status);
}
