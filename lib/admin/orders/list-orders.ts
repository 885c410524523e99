// The back office's orders list: newest first, filtered by the page's query.
import "server-only";
import { db } from "../../db";
import type { OrderStatus } from "../../generated/prisma/enums";
import { orderFiltersToWhere, type OrderFilters } from "./order-filters";

export type AdminOrderRow = {
  id: string;
  number: string;
  createdAt: Date;
  status: OrderStatus;
  email: string;
  couponCode: string | null;
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
  refundedCents: number;
  currency: string;
  attention: string | null;
  itemCount: number;
};

export type ListOrdersOptions = { take?: number };

export async function listOrders(filters: OrderFilters, { take = 100 }: ListOrdersOptions = {}): Promise<AdminOrderRow[]> {
  const orders = await db.order.findMany({
    where: orderFiltersToWhere(filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    include: { lines: { select: { quantity: true } } },
  });
  return orders.map((order) => ({
    id: order.id,
    number: order.number,
    createdAt: order.createdAt,
    status: order.status,
    email: order.email,
    couponCode: order.couponCode,
    subtotalCents: order.subtotalCents,
    discountCents: order.discountCents,
    shippingCents: order.shippingCents,
    taxCents: order.taxCents,
    totalCents: order.totalCents,
    refundedCents: order.refundedCents,
    currency: order.currency,
    attention: order.attention,
    itemCount: order.lines.reduce((sum, line) => sum + line.quantity, 0),
  }));
}
