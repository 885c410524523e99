// Dashboard figures on a seeded store plus orders written with known dates, statuses and refunds.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../../prisma/seed/seed";
import type { OrderStatus } from "../../generated/prisma/enums";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { findAttentionOrders } from "./find-attention-orders";
import { findLowStockProducts } from "./find-low-stock";
import { getFlashSaleUsage } from "./get-flash-sale-usage";
import { getSalesSummary } from "./sales-summary";

const database = setupTestDatabase();
const now = new Date("2026-11-26T15:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const ids: Record<string, string> = {};
let counter = 0;

async function order(options: { status: OrderStatus; paidAt: Date | null; totalCents: number; refundedCents?: number; lines: [string, number][]; attention?: string; code?: string }) {
  const number = `UC-T${String(++counter).padStart(5, "0")}`;
  return database.db.order.create({
    data: {
      number,
      email: `${number.toLowerCase()}@example.com`,
      status: options.status,
      subtotalCents: options.totalCents,
      totalCents: options.totalCents,
      refundedCents: options.refundedCents ?? 0,
      provider: "TEST",
      holdExpiresAt: new Date(now.getTime() + DAY),
      paidAt: options.paidAt,
      attention: options.attention,
      couponCode: options.code,
      createdAt: options.paidAt ?? now,
      lines: {
        create: options.lines.map(([slug, quantity]) => ({
          productId: ids[slug],
          productName: slug,
          sku: slug,
          unitPriceCents: Math.round(options.totalCents / quantity),
          quantity,
          totalCents: options.totalCents,
        })),
      },
    },
  });
}

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", now, log: () => {} });
  for (const p of await database.db.product.findMany()) ids[p.slug] = p.id;
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 60 * 60 * 1000);
  // Today (after 00:00 UTC): paid 100.00, shipped 50.00 with 20.00 refunded.
  await order({ status: "PAID", paidAt: hoursAgo(2), totalCents: 10000, lines: [["ultragun", 2]] });
  await order({ status: "PARTIALLY_REFUNDED", paidAt: hoursAgo(14), totalCents: 5000, refundedCents: 2000, lines: [["us111", 1]] });
  // Yesterday, 16 hours ago (still counted in 7 days, not today): shipped 30.00.
  await order({ status: "FULFILLED", paidAt: hoursAgo(16), totalCents: 3000, lines: [["ultragun-pro", 1]] });
  // 10 days ago: 40.00 (30 days only).
  await order({ status: "FULFILLED", paidAt: new Date(now.getTime() - 10 * DAY), totalCents: 4000, lines: [["ultragun", 1]] });
  // 40 days ago: outside every window.
  await order({ status: "PAID", paidAt: new Date(now.getTime() - 40 * DAY), totalCents: 9900, lines: [["ultragun", 5]] });
  // Never counted: fully refunded, cancelled, pending.
  await order({ status: "REFUNDED", paidAt: hoursAgo(1), totalCents: 7000, refundedCents: 7000, lines: [["us111", 1]] });
  await order({ status: "CANCELLED", paidAt: hoursAgo(1), totalCents: 6000, refundedCents: 6000, lines: [["us111", 1]], attention: "Paid after the hold lapsed and the stock was gone: payment refunded." });
  await order({ status: "PENDING", paidAt: null, totalCents: 8000, lines: [["us111", 1]] });
});

describe("sales figures", () => {
  it("counts paid, shipped and partly refunded orders by payment time, net of refunds", async () => {
    const summary = await getSalesSummary(now, 14);
    expect(summary.windows).toEqual([
      { key: "today", label: "Today", revenueCents: 13000, orders: 2, averageOrderCents: 6500 },
      { key: "7d", label: "Last 7 days", revenueCents: 16000, orders: 3, averageOrderCents: 5333 },
      { key: "30d", label: "Last 30 days", revenueCents: 20000, orders: 4, averageOrderCents: 5000 },
    ]);
    expect(summary.days).toHaveLength(14);
    expect(summary.days.at(-1)).toEqual({ day: "2026-11-26", revenueCents: 13000, orders: 2 });
    expect(summary.days.at(-2)).toEqual({ day: "2026-11-25", revenueCents: 3000, orders: 1 });
    expect(summary.days.at(-11)).toEqual({ day: "2026-11-16", revenueCents: 4000, orders: 1 });
    expect(summary.days.reduce((sum, d) => sum + d.revenueCents, 0)).toBe(20000);
    expect(Object.fromEntries(summary.units.map((u) => [u.productId, u.units]))).toEqual({ [ids.ultragun]: 3, [ids.us111]: 1, [ids["ultragun-pro"]]: 1 });
  });
});

describe("stock and the flash sale", () => {
  it("lists devices whose free units are at or below their threshold", async () => {
    await database.db.product.update({ where: { slug: "us111" }, data: { stock: 6, reserved: 2, lowStockThreshold: 4 } });
    await database.db.product.update({ where: { slug: "ultragun" }, data: { stock: 50, reserved: 0, lowStockThreshold: 5 } });
    const low = await findLowStockProducts();
    expect(low.map((p) => [p.id, p.available, p.threshold])).toContainEqual([ids.us111, 4, 4]);
    expect(low.map((p) => p.id)).not.toContain(ids.ultragun);
  });

  it("counts FLASHSALE's paid uses and live holds against its limit", async () => {
    const coupon = await database.db.coupon.findUniqueOrThrow({ where: { code: "FLASHSALE" } });
    await database.db.coupon.update({ where: { id: coupon.id }, data: { maxRedemptions: 10 } });
    const redemption = async (status: "HELD" | "REDEEMED" | "RELEASED", expiresAt: Date | null) => {
      const o = await order({ status: status === "REDEEMED" ? "PAID" : "PENDING", paidAt: status === "REDEEMED" ? new Date(now.getTime() - 50 * DAY) : null, totalCents: 1000, lines: [["ultragun", 1]], code: "FLASHSALE" });
      await database.db.couponRedemption.create({ data: { couponId: coupon.id, orderId: o.id, customerKey: o.email, status, expiresAt } });
    };
    await redemption("REDEEMED", null);
    await redemption("REDEEMED", null);
    await redemption("HELD", new Date(now.getTime() + 10 * 60 * 1000));
    await redemption("HELD", new Date(now.getTime() - 60 * 1000)); // lapsed: no longer holds a use
    await redemption("RELEASED", null);
    expect(await getFlashSaleUsage(now)).toMatchObject({ code: "FLASHSALE", redeemed: 2, liveHolds: 1, limit: 10, remaining: 7 });
  });
});

describe("orders for attention", () => {
  it("lists flagged orders only", async () => {
    const flagged = await findAttentionOrders();
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ status: "CANCELLED", attention: expect.stringContaining("stock was gone") });
  });
});
