// The order's states and the only moves between them. Every writer of `orders.status` goes through
// `transition`, which refuses a move the table does not list and applies an allowed one only if the order
// is still in the state the writer saw (a conditional update), so two writers racing cannot both win.
//
//   PENDING ──paid──▶ PAID ──shipped──▶ FULFILLED
//      │  ▲             │ └──refund──▶ PARTIALLY_REFUNDED / REFUNDED (also after shipping)
//      │  └─retry─┐     └──staff cancel (refunded, units back)──▶ CANCELLED
//      ├─hold lapsed, payment failed, page not opened──▶ EXPIRED ──late payment, stock still free──▶ PAID
//      └─shopper or staff cancel, checkout replaced──▶ CANCELLED  (final: a payment for it is refunded)
import type { OrderStatus, Prisma } from "../generated/prisma/client";

export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING: ["PAID", "EXPIRED", "CANCELLED"],
  // Taken up again by a retry of the same cart, or paid late while its units are still free.
  EXPIRED: ["PENDING", "PAID"],
  PAID: ["FULFILLED", "PARTIALLY_REFUNDED", "REFUNDED", "CANCELLED"],
  PARTIALLY_REFUNDED: ["PARTIALLY_REFUNDED", "REFUNDED", "FULFILLED", "CANCELLED"],
  FULFILLED: ["PARTIALLY_REFUNDED", "REFUNDED"],
  CANCELLED: [],
  REFUNDED: [],
};

/** States whose payment counts as money kept: a new payment for any other closed state is refunded. */
export const PAID_STATES: readonly OrderStatus[] = ["PAID", "FULFILLED", "PARTIALLY_REFUNDED"];

/** A payment for an order in one of these states takes effect (with the stock, if still free). */
export const PAYABLE_STATES: readonly OrderStatus[] = ["PENDING", "EXPIRED"];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export class OrderTransitionError extends Error {
  constructor(
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(`an order cannot go from ${from} to ${to}`);
  }
}

/**
 * Moves the order from the state its caller read (`order.status`) to `to`, with `data` in the same
 * statement. Throws for a move the table forbids (a bug in the caller); returns false when the order left
 * that state meanwhile (somebody else's move won), so the caller can answer "changed".
 */
export async function transition(
  tx: Prisma.TransactionClient,
  order: { id: string; status: OrderStatus },
  to: OrderStatus,
  data: Omit<Prisma.OrderUpdateManyMutationInput, "status"> = {},
  where: Omit<Prisma.OrderWhereInput, "id" | "status"> = {},
): Promise<boolean> {
  if (!canTransition(order.status, to)) throw new OrderTransitionError(order.status, to);
  const { count } = await tx.order.updateMany({ where: { ...where, id: order.id, status: order.status }, data: { ...data, status: to } });
  return count === 1;
}
