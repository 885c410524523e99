// A payment arrived (webhook, test provider, reconciliation). In one transaction with the record of
// the event: the reservation becomes a sale in the ledger, the code hold a redemption, the order PAID.
// A payment for an order whose hold already lapsed takes the stock again if it is still there;
// otherwise the order is flagged and refunded, never oversold.
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { withRetry } from "../database/retry";
import { reserveStock } from "../inventory/reserve-stock";
import { sellStock } from "../inventory/sell-stock";
import { TRANSACTION_OPTIONS } from "./create-order";

export type PaymentEvent = {
  eventId: string;
  eventType: string;
  provider: "STRIPE" | "TEST";
  orderId: string;
  paymentId?: string | null;
  sessionId?: string | null;
  amountTotal?: number | null;
  shippingName?: string | null;
  shippingAddress?: Record<string, unknown> | null;
};

export type PaymentOutcome = "paid" | "duplicate" | "already_paid" | "refund_needed" | "unknown_order" | "amount_mismatch";

/** Records the event id; false when it was applied before (a repeated delivery). */
export async function recordEvent(tx: Prisma.TransactionClient, event: { eventId: string; eventType: string; provider: "STRIPE" | "TEST"; orderId?: string | null }): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "processed_events" ("id", "provider", "type", "order_id", "processed_at")
    VALUES (${event.eventId}, ${event.provider}::"PaymentProvider", ${event.eventType}, ${event.orderId ?? null}, now())
    ON CONFLICT ("id") DO NOTHING`;
  return inserted === 1;
}

export async function applyPayment(event: PaymentEvent, now = new Date()): Promise<PaymentOutcome> {
  return withRetry(() => db.$transaction((tx) => applyPaymentInTx(tx, event, now), TRANSACTION_OPTIONS));
}

async function applyPaymentInTx(tx: Prisma.TransactionClient, event: PaymentEvent, now: Date): Promise<PaymentOutcome> {
  if (!(await recordEvent(tx, event))) return "duplicate";
  const [order] = await tx.$queryRaw<{ id: string; status: string; stock_released_at: Date | null; total_cents: number }[]>`
    SELECT "id", "status", "stock_released_at", "total_cents" FROM "orders" WHERE "id" = ${event.orderId} FOR UPDATE`;
  if (!order) return "unknown_order";
  if (order.status !== "PENDING" && order.status !== "CANCELLED") return "already_paid";
  if (event.amountTotal != null && event.amountTotal !== order.total_cents) {
    await flag(tx, order.id, `Paid ${event.amountTotal} cents but the order total is ${order.total_cents}: check before shipping.`);
  }

  const lines = await tx.orderLine.findMany({ where: { orderId: order.id }, orderBy: { productId: "asc" } });
  const holdLapsed = order.stock_released_at !== null;
  if (holdLapsed) {
    // Take the stock again, all lines or none, only if it is still free.
    const taken = await reserveStock(tx, lines, { activeOnly: false });
    if (!taken.ok) {
      await markLatePaymentRefund(tx, order.id, event, now);
      return "refund_needed";
    }
  }
  await sellStock(tx, lines, { orderId: order.id, note: `Order paid (${event.provider})` });
  const hold = await tx.couponRedemption.findUnique({ where: { orderId: order.id } });
  if (hold && hold.status !== "REDEEMED") {
    await tx.couponRedemption.update({ where: { id: hold.id }, data: { status: "REDEEMED", redeemedAt: now, expiresAt: null } });
    if (hold.status === "RELEASED") {
      await flag(tx, order.id, "Paid after the code's hold lapsed: the code was honoured and may exceed its limit.");
    }
  }
  await tx.order.update({
    where: { id: order.id },
    data: {
      status: "PAID",
      paidAt: now,
      stockReleasedAt: null,
      cancelledAt: null,
      cancelReason: null,
      providerPaymentId: event.paymentId ?? undefined,
      providerSessionId: event.sessionId ?? undefined,
      shippingName: event.shippingName ?? undefined,
      shippingAddress: (event.shippingAddress ?? undefined) as Prisma.InputJsonValue | undefined,
      events: { create: { type: "paid", message: holdLapsed ? "Paid after the hold lapsed; stock was still available." : "Payment received." } },
    },
  });
  return "paid";
}

async function flag(tx: Prisma.TransactionClient, orderId: string, attention: string) {
  await tx.order.update({ where: { id: orderId }, data: { attention, events: { create: { type: "attention", message: attention } } } });
}

async function markLatePaymentRefund(tx: Prisma.TransactionClient, orderId: string, event: PaymentEvent, now: Date) {
  await tx.order.update({
    where: { id: orderId },
    data: {
      status: "CANCELLED",
      attention: "Paid after the hold lapsed and the stock was gone: payment refunded.",
      providerPaymentId: event.paymentId ?? undefined,
      cancelledAt: now,
      cancelReason: "late_payment_refunded",
      events: { create: { type: "refund_late_payment", message: "Paid after the hold lapsed and the stock was gone; refunding in full." } },
    },
  });
}
