// One order as staff see it: lines, money, address, timeline, and what may be done to it now.
import "server-only";
import { db } from "../../db";
import { formatAddress } from "../../orders/confirmation-mail";
import type { OrderStatus, PaymentProvider } from "../../generated/prisma/enums";

export type AdminOrder = {
  id: string;
  number: string;
  email: string;
  status: OrderStatus;
  provider: PaymentProvider;
  currency: string;
  createdAt: Date;
  paidAt: Date | null;
  fulfilledAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  refundedCents: number;
  couponCode: string | null;
  shippingName: string | null;
  shippingAddress: string[];
  carrier: string | null;
  trackingNumber: string | null;
  attention: string | null;
  lines: { id: string; productName: string; sku: string; quantity: number; unitPriceCents: number; discountCents: number; totalCents: number }[];
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
    id: order.id,
    number: order.number,
    email: order.email,
    status: order.status,
    provider: order.provider,
    currency: order.currency,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    fulfilledAt: order.fulfilledAt,
    cancelledAt: order.cancelledAt,
    cancelReason: order.cancelReason,
    subtotalCents: order.subtotalCents,
    discountCents: order.discountCents,
    shippingCents: order.shippingCents,
    totalCents: order.totalCents,
    refundedCents: order.refundedCents,
    couponCode: order.couponCode,
    shippingName: order.shippingName,
    shippingAddress: formatAddress(order.shippingAddress),
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    attention: order.attention,
    lines: order.lines.map((l) => ({
      id: l.id,
      productName: l.productName,
      sku: l.sku,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      discountCents: l.discountCents,
      totalCents: l.totalCents,
    })),
    events: order.events.map((e) => ({ id: e.id, type: e.type, message: e.message, createdAt: e.createdAt })),
    can: {
      ship: SHIPPABLE.includes(order.status) && !order.fulfilledAt,
      cancel: CANCELLABLE.includes(order.status) && !order.fulfilledAt,
      refund: refundableCents > 0,
    },
    refundableCents,
  };
}
