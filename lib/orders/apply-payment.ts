// A payment arrived (webhook, test provider, reconciliation). In one transaction with the record of
// the event, and only for the session the order opened, in its currency and for its amount:
// - a pending order: the reservation becomes a sale in the ledger, the code hold a redemption, the order PAID;
// - an expired order (its hold lapsed): the stock is taken again if it is still free, else the payment is
//   refunded (recorded as owed, see refund-owed.ts) and the order flagged; never oversold;
// - a cancelled or refunded order is never revived: the payment is refunded and the order flagged;
// - anything that does not match the order (another session, currency or amount) is flagged, not paid.
// With Stripe Tax the charged amount is the order's pre-tax total plus the tax Stripe reports, exactly; the
// paid order then stores that tax and the charged total.
import type { OrderStatus, Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { withRetry } from "../database/retry";
import { reserveStock } from "../inventory/reserve-stock";
import { sellStock } from "../inventory/sell-stock";
import { TRANSACTION_OPTIONS } from "./create-order";
import { PAID_STATES, transition } from "./life-cycle";
import { oweRefund } from "./refund-owed";

export type PaymentEvent = {
  eventId: string;
  eventType: string;
  provider: "STRIPE" | "TEST";
  orderId: string;
  paymentId?: string | null;
  sessionId?: string | null;
  amountTotal?: number | null;
  /** The tax the provider added on top of the order's total and included in amountTotal (Stripe Tax). */
  taxCents?: number | null;
  /** ISO code as the provider reports it (any case). */
  currency?: string | null;
  shippingName?: string | null;
  shippingAddress?: Record<string, unknown> | null;
};

/** `mismatch`: flagged for staff and not applied. `refund_needed`: the payment is owed back (see refund-owed.ts). */
export type PaymentOutcome = "paid" | "duplicate" | "already_paid" | "refund_needed" | "unknown_order" | "mismatch";

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

type LockedOrder = {
  id: string;
  status: OrderStatus;
  stock_released_at: Date | null;
  total_cents: number;
  currency: string;
  provider_session_id: string | null;
  provider_payment_id: string | null;
  paid_at: Date | null;
};

/** Why a payment does not belong to this order as it stands, or null when it does. */
function mismatch(order: LockedOrder, event: PaymentEvent): string | null {
  // Before the session id was stored (its write failed after the page opened) the metadata naming the
  // order is all there is; once stored, only that session pays the order.
  if (order.provider_session_id && event.sessionId !== order.provider_session_id) {
    return `A payment arrived for session ${event.sessionId ?? "(none)"}, not this order's session ${order.provider_session_id}: not applied, check and refund it by hand.`;
  }
  if (event.currency && event.currency.toLowerCase() !== order.currency.trim().toLowerCase()) {
    return `A payment arrived in ${event.currency.toUpperCase()} but the order is in ${order.currency.trim().toUpperCase()}: not applied, check and refund it by hand.`;
  }
  const taxCents = event.taxCents ?? 0;
  // Tax is only believed as part of a charged amount it adds up with.
  if (!Number.isSafeInteger(taxCents) || taxCents < 0 || (taxCents > 0 && event.amountTotal == null)) {
    return `A payment reporting ${taxCents} cents of tax arrived: not applied, check and refund it by hand.`;
  }
  if (event.amountTotal != null && event.amountTotal !== order.total_cents + taxCents) {
    const expected = taxCents ? `${order.total_cents} plus ${taxCents} of tax` : `${order.total_cents}`;
    return `A payment of ${event.amountTotal} cents arrived but the order total is ${expected}: not applied, check and refund it by hand.`;
  }
  return null;
}

async function applyPaymentInTx(tx: Prisma.TransactionClient, event: PaymentEvent, now: Date): Promise<PaymentOutcome> {
  if (!(await recordEvent(tx, event))) return "duplicate";
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT "id", "status", "stock_released_at", "total_cents", "currency", "provider_session_id", "provider_payment_id", "paid_at"
      FROM "orders" WHERE "id" = ${event.orderId} FOR UPDATE`;
  if (!order) return "unknown_order";
  if (PAID_STATES.includes(order.status)) return "already_paid";
  // The payment this order already took (and that staff refunded with it): nothing new arrived.
  if (order.paid_at && event.paymentId && event.paymentId === order.provider_payment_id) return "already_paid";

  if (order.status === "CANCELLED" || order.status === "REFUNDED") {
    const why = order.status === "CANCELLED" ? "after the order was cancelled" : "after the order was refunded";
    await refundInstead(tx, order, event, `Paid ${why}: the order stays closed and the payment is being refunded.`);
    return "refund_needed";
  }

  const wrong = mismatch(order, event);
  if (wrong) {
    await flag(tx, order.id, wrong);
    return "mismatch";
  }

  const lines = await tx.orderLine.findMany({ where: { orderId: order.id }, orderBy: { productId: "asc" } });
  const holdLapsed = order.stock_released_at !== null;
  if (holdLapsed) {
    // Take the stock again, all lines or none, only if it is still free.
    const taken = await reserveStock(tx, lines, { activeOnly: false });
    if (!taken.ok) {
      await refundInstead(tx, order, event, "Paid after the hold lapsed and the stock was gone: the payment is being refunded.");
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
  const taxCents = event.taxCents ?? 0;
  await transition(tx, order, "PAID", {
    paidAt: now,
    // What was charged, to the cent: the pre-tax total plus the tax the provider added (checked above).
    taxCents,
    totalCents: order.total_cents + taxCents,
    stockReleasedAt: null,
    cancelledAt: null,
    cancelReason: null,
    providerPaymentId: event.paymentId ?? undefined,
    providerSessionId: event.sessionId ?? undefined,
    shippingName: event.shippingName ?? undefined,
    shippingAddress: (event.shippingAddress ?? undefined) as Prisma.InputJsonValue | undefined,
  });
  await tx.orderEvent.create({
    data: { orderId: order.id, type: "paid", message: holdLapsed ? "Paid after the hold lapsed; stock was still available." : "Payment received." },
  });
  return "paid";
}

async function flag(tx: Prisma.TransactionClient, orderId: string, attention: string) {
  await tx.order.update({ where: { id: orderId }, data: { attention, events: { create: { type: "attention", message: attention } } } });
}

/** The order keeps its state; the payment is recorded as owed back, and staff see why. */
async function refundInstead(tx: Prisma.TransactionClient, order: LockedOrder, event: PaymentEvent, attention: string) {
  if (!event.paymentId) {
    await flag(tx, order.id, `${attention} The provider named no payment: refund it by hand.`);
    return;
  }
  await oweRefund(tx, { orderId: order.id, paymentId: event.paymentId, amountCents: event.amountTotal ?? order.total_cents, reason: attention });
  // The refund's own notice (charge.refunded) finds the order by this id.
  if (!order.provider_payment_id) await tx.order.update({ where: { id: order.id }, data: { providerPaymentId: event.paymentId } });
  await tx.order.update({ where: { id: order.id }, data: { attention, events: { create: { type: "refund_late_payment", message: attention } } } });
}
