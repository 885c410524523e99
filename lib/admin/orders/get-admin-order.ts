// One order as staff see it: lines, money, address, timeline, and what may be done to it now.
import "server-only";
import { db } from "../../db";
import { formatAddress } from "../../orders/confirmation-mail";
import { lineBasics, orderBasics } from "../../orders/get-order-view";
import type { OrderStatus } from "../../generated/prisma/enums";

export type AdminOrder = ReturnType<typeof orderBasics> & {
  paidAt: Date | null;
  fulfilledAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  shippingName: string | null;
  shippingAddress: string[];
  attention: string | null;
  lines: (ReturnType<typeof lineBasics> & { id: string; sku: string })[];
  events: { id: string; type: string; message: string; createdAt: Date }[];
  can: { ship: boolean; cancel: boolean; refund: boolean };
  refundableCents: number;
};

/** Paid and not yet shipped; a goodwill partial refund before packing does not stop the parcel. */
export const SHIPPABLE: OrderStatus[] = ["PAID", "PARTIALLY_REFUNDED"];
export const REFUNDABLE: OrderStatus[] = ["PAID", "FULFILLED", "PARTIALLY_REFUNDED"];
/** A paid order can be cancelled (units back, money back) until it ships. */
export const CANCELLABLE: OrderStatus[] = ["PENDING", "PAID", "PARTIALLY_REFUNDED"];

export async function getAdminOrderById(id: string): Promise<AdminOrder | null> {
  const order = await db.order.findUnique({
    where: { id },
    include: { lines: { orderBy: { productName: "asc" } }, events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!order) return null;
  const refundableCents = REFUNDABLE.includes(order.status) && order.providerPaymentId ? order.totalCents - order.refundedCents : 0;
  return {
    ...orderBasics(order),
    paidAt: order.paidAt,
    fulfilledAt: order.fulfilledAt,
    cancelledAt: order.cancelledAt,
    cancelReason: order.cancelReason,
    shippingName: order.shippingName,
    shippingAddress: formatAddress(order.shippingAddress),
    attention: order.attention,
    lines: order.lines.map((l) => ({ id: l.id, sku: l.sku, ...lineBasics(l) })),
    events: order.events.map((e) => ({ id: e.id, type: e.type, message: e.message, createdAt: e.createdAt })),
    can: {
      ship: SHIPPABLE.includes(order.status) && !order.fulfilledAt,
      cancel: CANCELLABLE.includes(order.status) && !order.fulfilledAt,
      refund: refundableCents > 0,
    },
    refundableCents,
  };
}
