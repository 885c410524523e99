// An order's history as its buyer sees it, in the order things happen to it: placed, paid, shipped, then
// refunded or cancelled (at most one of the two: a cancel after payment refunds in full). Built from the
// order's own dates, not the staff timeline, whose entries carry internal notes.
import type { OrderStatus } from "../generated/prisma/client";

export type OrderStep = { key: "placed" | "paid" | "shipped" | "refunded" | "cancelled"; label: string; at: Date; detail?: string };

export type OrderStepsInput = {
  status: OrderStatus;
  createdAt: Date;
  paidAt: Date | null;
  fulfilledAt: Date | null;
  cancelledAt: Date | null;
  /** When the latest refund was recorded, if any. */
  refundedAt: Date | null;
  carrier: string | null;
};

export function orderSteps(order: OrderStepsInput): OrderStep[] {
  const steps: OrderStep[] = [{ key: "placed", label: "Order placed", at: order.createdAt }];
  if (order.paidAt) steps.push({ key: "paid", label: "Payment received", at: order.paidAt });
  if (order.fulfilledAt) steps.push({ key: "shipped", label: "Shipped", at: order.fulfilledAt, detail: order.carrier ? `with ${order.carrier}` : undefined });
  if (order.refundedAt && (order.status === "REFUNDED" || order.status === "PARTIALLY_REFUNDED")) {
    steps.push({ key: "refunded", label: order.status === "REFUNDED" ? "Refunded" : "Partly refunded", at: order.refundedAt });
  }
  if (order.cancelledAt && order.status === "CANCELLED") steps.push({ key: "cancelled", label: "Cancelled", at: order.cancelledAt });
  return steps;
}
