// Which orders can be returned and how many units of each line are still free to ask for. Shared by the
// shopper's page (what the form offers) and the request (what the server accepts), so both count alike.
import type { OrderStatus, ReturnStatus } from "../generated/prisma/enums";

/** Shipped orders, including one already partly refunded; a fully refunded order has nothing left to return. */
export const RETURNABLE_ORDER_STATES: readonly OrderStatus[] = ["FULFILLED", "PARTIALLY_REFUNDED"];

/** A request in these states is still being handled: an order has at most one at a time. */
export const OPEN_RETURN_STATES: readonly ReturnStatus[] = ["REQUESTED", "APPROVED"];

/** Units in requests of these states are spoken for (a declined request gives its units back). */
export const COUNTED_RETURN_STATES: readonly ReturnStatus[] = ["REQUESTED", "APPROVED", "RECEIVED"];

export function isShipped(order: { status: OrderStatus; fulfilledAt: Date | null }): boolean {
  return RETURNABLE_ORDER_STATES.includes(order.status) && order.fulfilledAt !== null;
}

type RequestLines = { status: ReturnStatus; lines: { orderLineId: string; quantity: number }[] };

/** Units of each order line already asked for (open or received requests), by order line id. */
export function unitsSpokenFor(requests: readonly RequestLines[]): Map<string, number> {
  const taken = new Map<string, number>();
  for (const request of requests) {
    if (!COUNTED_RETURN_STATES.includes(request.status)) continue;
    for (const line of request.lines) taken.set(line.orderLineId, (taken.get(line.orderLineId) ?? 0) + line.quantity);
  }
  return taken;
}
