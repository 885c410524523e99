// Gives a pending order's reserved stock and code hold back, once: the expired-session webhook,
// a cancel, a failed async payment, a replaced checkout and the overdue sweep all end here. A hold that
// ended by itself leaves the order EXPIRED (a late payment may still take the stock); a shopper's or
// staff's decision leaves it CANCELLED (a payment for it is refunded).
import type { OrderStatus, Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { withRetry } from "../database/retry";
import { notifyBackInStockSafely } from "../inventory/notify-back-in-stock";
import { releaseStock } from "../inventory/release-stock";
import type { StockChange } from "../inventory/stock-lines";
import { requestLogger } from "../log/request-logger";
import { recordEvent } from "./apply-payment";
import { TRANSACTION_OPTIONS } from "./create-order";
import { transition } from "./life-cycle";

export type ReleaseReason = "expired" | "cancelled" | "staff_cancelled" | "replaced" | "payment_failed" | "session_failed" | "session_unconfirmed";

const REASON_TEXT: Record<ReleaseReason, string> = {
  expired: "The payment window closed; stock and code released.",
  cancelled: "Checkout cancelled; stock and code released.",
  staff_cancelled: "Cancelled by staff before payment; stock and code released.",
  replaced: "The shopper checked out the same cart again: this checkout was replaced; stock and code released.",
  payment_failed: "The payment failed; stock and code released.",
  session_failed: "The payment page could not be opened; stock and code released.",
  session_unconfirmed: "The payment provider did not answer in time; stock and code released.",
};

const CLOSED_AS: Record<ReleaseReason, "EXPIRED" | "CANCELLED"> = {
  expired: "EXPIRED",
  payment_failed: "EXPIRED",
  session_failed: "EXPIRED",
  session_unconfirmed: "EXPIRED",
  cancelled: "CANCELLED",
  staff_cancelled: "CANCELLED",
  replaced: "CANCELLED",
};

/**
 * Inside a transaction: the stock moves made, or null when there was nothing to release (already released, paid, ...).
 * With `sessionId`, only that payment session's end releases the order: a retried checkout may have
 * left an earlier session behind, and its expiry must not release the order the shopper is paying now.
 */
export async function releaseOrderInTx(tx: Prisma.TransactionClient, orderId: string, reason: ReleaseReason, now: Date, sessionId?: string): Promise<StockChange[] | null> {
  const [order] = await tx.$queryRaw<{ status: OrderStatus; stock_released_at: Date | null; provider_session_id: string | null }[]>`
    SELECT "status", "stock_released_at", "provider_session_id" FROM "orders" WHERE "id" = ${orderId} FOR UPDATE`;
  if (!order || order.status !== "PENDING" || order.stock_released_at) return null;
  if (sessionId && order.provider_session_id && order.provider_session_id !== sessionId) return null;
  const lines = await tx.orderLine.findMany({ where: { orderId }, orderBy: { productId: "asc" } });
  const changes = await releaseStock(tx, lines);
  await tx.couponRedemption.updateMany({ where: { orderId, status: "HELD" }, data: { status: "RELEASED" } });
  await transition(tx, { id: orderId, status: order.status }, CLOSED_AS[reason], { stockReleasedAt: now, cancelledAt: now, cancelReason: reason });
  await tx.orderEvent.create({ data: { orderId, type: reason, message: REASON_TEXT[reason] } });
  return changes;
}

/** With `event`, the provider's event is recorded in the same transaction (a repeat is ignored). */
export async function releaseOrder(
  orderId: string,
  reason: ReleaseReason,
  now = new Date(),
  event?: { eventId: string; eventType: string; provider: "STRIPE" | "TEST"; sessionId?: string },
): Promise<boolean> {
  const released = await withRetry(() =>
    db.$transaction(async (tx) => {
      if (event && !(await recordEvent(tx, { eventId: event.eventId, eventType: event.eventType, provider: event.provider, orderId }))) return false;
      return (await releaseOrderInTx(tx, orderId, reason, now, event?.sessionId)) !== null;
    }, TRANSACTION_OPTIONS),
  );
  if (released) await notifyBackInStockSafely(); // the held units can be bought again
  return released;
}

/** Releases every pending order whose hold has lapsed, so nothing stays held when an event is lost. */
export async function releaseOverdueOrders(now = new Date()): Promise<{ orderId: string; sessionId: string | null; provider: string }[]> {
  const overdue = await db.order.findMany({
    where: { status: "PENDING", stockReleasedAt: null, holdExpiresAt: { lte: now } },
    select: { id: true, providerSessionId: true, provider: true },
    take: 200,
  });
  const released = [];
  for (const order of overdue) {
    try {
      if (await releaseOrder(order.id, "expired", now)) released.push({ orderId: order.id, sessionId: order.providerSessionId, provider: order.provider });
    } catch (error) {
      // One broken order must not keep the others' stock held; it stays overdue and is retried next sweep.
      (await requestLogger()).error({ err: error, orderId: order.id }, "sweep: could not release the order");
    }
  }
  return released;
}
