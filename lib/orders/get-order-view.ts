// An order as its buyer sees it. Callers decide who may see which order (signed link, account, lookup).
import { db } from "../db";
import type { Order, OrderEvent, OrderLine } from "../generated/prisma/client";
import { showsTax } from "../payments/tax-mode";
import { orderSteps, type OrderStep } from "./order-steps";

/** What both the buyer and staff see of an order: who, its state and its money, in integer cents. */
export function orderBasics(order: Order) {
  return {
    id: order.id,
    number: order.number,
    email: order.email,
    status: order.status,
    provider: order.provider,
    currency: order.currency,
    createdAt: order.createdAt,
    subtotalCents: order.subtotalCents,
    discountCents: order.discountCents,
    shippingCents: order.shippingCents,
    /** Stripe Tax's charge, known once paid; `showsTax`: whether the order's money shows a Tax row. */
    taxCents: order.taxCents,
    showsTax: showsTax(order.taxCents),
    /** Where it goes (ISO alpha-2); null for orders placed before shipping zones. */
    shippingCountry: order.shippingCountry,
    totalCents: order.totalCents,
    refundedCents: order.refundedCents,
    couponCode: order.couponCode,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
  };
}

/** One line as both the buyer and staff see it. */
export function lineBasics(line: OrderLine) {
  return {
    productName: line.productName,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    discountCents: line.discountCents,
    totalCents: line.totalCents,
  };
}

export type OrderView = ReturnType<typeof orderBasics> & { holdExpiresAt: Date; lines: ReturnType<typeof lineBasics>[]; steps: OrderStep[] };

const include = {
  lines: { orderBy: { productName: "asc" as const } },
  // Only the latest refund's date reaches the buyer: the staff timeline's wording stays with staff.
  events: { where: { type: "refunded" }, orderBy: { createdAt: "desc" as const }, take: 1, select: { createdAt: true } },
};

function toView(order: Order & { lines: OrderLine[]; events: Pick<OrderEvent, "createdAt">[] }): OrderView {
  const steps = orderSteps({ ...order, refundedAt: order.events[0]?.createdAt ?? null });
  return { ...orderBasics(order), holdExpiresAt: order.holdExpiresAt, lines: order.lines.map(lineBasics), steps };
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
