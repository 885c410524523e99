// Takings for the dashboard: paid, shipped and partly refunded orders count, by the time they were paid,
// net of what was refunded. Whole UTC days: "today" starts at 00:00 UTC, "7 days" is today and the six before.
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";

export const COUNTED_STATUSES = ["PAID", "FULFILLED", "PARTIALLY_REFUNDED"] as const;

export type SalesWindow = { key: "today" | "7d" | "30d"; label: string; revenueCents: number; orders: number; averageOrderCents: number };
export type SalesDay = { day: string; revenueCents: number; orders: number };
export type UnitsByProduct = { productId: string; name: string; units: number };
export type SalesSummary = { windows: SalesWindow[]; days: SalesDay[]; units: UnitsByProduct[] };

const DAY_MS = 24 * 60 * 60 * 1000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

const counted = (from: Date, now: Date): Prisma.OrderWhereInput => ({ status: { in: [...COUNTED_STATUSES] }, paidAt: { gte: from, lte: now } });

async function salesSince(key: SalesWindow["key"], label: string, from: Date, now: Date): Promise<SalesWindow> {
  const result = await db.order.aggregate({ where: counted(from, now), _sum: { totalCents: true, refundedCents: true }, _count: { _all: true } });
  const revenueCents = (result._sum.totalCents ?? 0) - (result._sum.refundedCents ?? 0);
  const orders = result._count._all;
  return { key, label, revenueCents, orders, averageOrderCents: orders ? Math.round(revenueCents / orders) : 0 };
}

/** `chartDays` days of daily takings, oldest first, ending today. */
export async function getSalesSummary(now = new Date(), chartDays = 14): Promise<SalesSummary> {
  const today = startOfUtcDay(now);
  const since = (days: number) => new Date(today.getTime() - (days - 1) * DAY_MS);
  const windows = await Promise.all([
    salesSince("today", "Today", today, now),
    salesSince("7d", "Last 7 days", since(7), now),
    salesSince("30d", "Last 30 days", since(30), now),
  ]);

  const chartStart = since(chartDays);
  const paid = await db.order.findMany({ where: counted(chartStart, now), select: { paidAt: true, totalCents: true, refundedCents: true } });
  const days: SalesDay[] = Array.from({ length: chartDays }, (_, i) => ({
    day: new Date(chartStart.getTime() + i * DAY_MS).toISOString().slice(0, 10),
    revenueCents: 0,
    orders: 0,
  }));
  for (const order of paid) {
    const index = Math.floor((order.paidAt!.getTime() - chartStart.getTime()) / DAY_MS);
    if (!days[index]) continue;
    days[index].revenueCents += order.totalCents - order.refundedCents;
    days[index].orders += 1;
  }

  const grouped = await db.orderLine.groupBy({ by: ["productId"], where: { order: counted(since(30), now) }, _sum: { quantity: true } });
  const products = await db.product.findMany({ select: { id: true, name: true }, orderBy: { sortOrder: "asc" } });
  const units = products.map((product) => ({
    productId: product.id,
    name: product.name,
    units: grouped.find((g) => g.productId === product.id)?._sum.quantity ?? 0,
  }));
  return { windows, days, units };
}
