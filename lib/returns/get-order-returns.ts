// An order's returns as its page shows them, to the shopper and to staff: the window, what each line can
// still be returned, and every request with its state, newest first.
import "server-only";
import { db } from "../db";
import type { ReturnStatus } from "../generated/prisma/enums";
import { estimateCalendarDays, isReturnWindowOpen, returnDeadline } from "./return-window";
import { isShipped, OPEN_RETURN_STATES, unitsSpokenFor } from "./returnable";

export type ReturnSummary = {
  id: string;
  status: ReturnStatus;
  reason: string;
  decisionReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  receivedAt: Date | null;
  refundCents: number | null;
  lines: { productName: string; quantity: number }[];
};

/**
 * `can`: what the shopper may do now. NOT_SHIPPED (no window yet, or the order was cancelled or refunded),
 * REQUEST (the form), PENDING (a request is being handled), WINDOW_CLOSED, NOTHING_LEFT (all units asked for).
 */
export type OrderReturns = {
  deadline: Date | null;
  can: "NOT_SHIPPED" | "REQUEST" | "PENDING" | "WINDOW_CLOSED" | "NOTHING_LEFT";
  currency: string;
  lines: { orderLineId: string; productName: string; bought: number; returnable: number }[];
  requests: ReturnSummary[];
};

export async function getOrderReturns(orderId: string, now = new Date()): Promise<OrderReturns | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      lines: { orderBy: { productName: "asc" } },
      returns: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { lines: { include: { orderLine: { select: { productName: true } } } } } },
    },
  });
  if (!order) return null;
  const taken = unitsSpokenFor(order.returns);
  const lines = order.lines.map((line) => ({ orderLineId: line.id, productName: line.productName, bought: line.quantity, returnable: line.quantity - (taken.get(line.id) ?? 0) }));
  const deadline = returnDeadline(order, estimateCalendarDays(order.deliveryMaxDays));
  const can: OrderReturns["can"] = !isShipped(order)
    ? "NOT_SHIPPED"
    : order.returns.some((r) => OPEN_RETURN_STATES.includes(r.status))
      ? "PENDING"
      : !isReturnWindowOpen(deadline, now)
        ? "WINDOW_CLOSED"
        : lines.every((line) => line.returnable < 1)
          ? "NOTHING_LEFT"
          : "REQUEST";
  return {
    deadline,
    can,
    currency: order.currency,
    lines,
    requests: order.returns.map((r) => ({
      id: r.id,
      status: r.status,
      reason: r.reason,
      decisionReason: r.decisionReason,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
      receivedAt: r.receivedAt,
      refundCents: r.refundCents,
      lines: r.lines.map((l) => ({ productName: l.orderLine.productName, quantity: l.quantity })).sort((a, b) => a.productName.localeCompare(b.productName)),
    })),
  };
}
