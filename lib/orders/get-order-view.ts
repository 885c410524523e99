// An order as its buyer sees it. Callers decide who may see which order (signed link, account, lookup).
import { db } from "../db";
import type { OrderStatus } from "../generated/prisma/client";

export type OrderView = {
  id: string;
  number: string;
  email: string;
  status: OrderStatus;
  provider: "STRIPE" | "TEST";
  currency: string;
  createdAt: Date;
  holdExpiresAt: Date;
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  refundedCents: number;
  couponCode: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  lines: { productName: string; quantity: number; unitPriceCents: number; discountCents: number; totalCents: number }[];
};

const include = { lines: { orderBy: { productName: "asc" as const } } };

function toView(order: NonNullable<Awaited<ReturnType<typeof findOne>>>): OrderView {
  return {
    id: order.id,
    number: order.number,
    email: order.email,
    status: order.status,
    provider: order.provider,
    currency: order.currency,
    createdAt: order.createdAt,
    holdExpiresAt: order.holdExpiresAt,
    subtotalCents: order.subtotalCents,
    discountCents: order.discountCents,
    shippingCents: order.shippingCents,
    totalCents: order.totalCents,
    refundedCents: order.refundedCents,
    couponCode: order.couponCode,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    lines: order.lines.map((l) => ({
      productName: l.productName,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      discountCents: l.discountCents,
      totalCents: l.totalCents,
    })),
  };
}

const findOne = (where: { id?: string; number?: string; email?: string; userId?: string }) => db.order.findFirst({ where, include });

export async function getOrderViewById(id: string): Promise<OrderView | null> {
  const order = await findOne({ id });
  return order ? toView(order) : null;
}

/** Scoped by owner: another account's order number looks absent. */
export async function getOrderViewForUser(number: string, userId: string): Promise<OrderView | null> {
  const order = await findOne({ number, userId });
  return order ? toView(order) : null;
}

/** A guest's lookup: the number and the e-mail must both match. */
export async function getOrderViewByNumberAndEmail(number: string, email: string): Promise<OrderView | null> {
  const order = await findOne({ number: number.trim().toUpperCase(), email: email.trim().toLowerCase() });
  return order ? toView(order) : null;
}

export async function listOrderViewsForUser(userId: string): Promise<OrderView[]> {
  const orders = await db.order.findMany({ where: { userId }, include, orderBy: { createdAt: "desc" }, take: 50 });
  return orders.map(toView);
}
