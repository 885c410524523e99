// Cancels an order that has not shipped. A pending order's payment session is ended first (so its
// payment page can no longer be paid; a payment that slips through is refunded, see apply-payment.ts),
// then its reserved units and code hold are given back (the same release as a shopper's cancel). A paid one is refunded in full through the provider, its
// units go back on hand with RETURN movements and its code use is released, in one transaction with
// the timeline entry and the audit row.
import "server-only";
import { recordAudit } from "../../audit/record-audit";
import { withRetry } from "../../database/retry";
import { db } from "../../db";
import { paymentProvider } from "../../payments/provider";
import type { PaymentProvider } from "../../payments/types";
import { transition } from "../../orders/life-cycle";
import { releaseOrderInTx } from "../../orders/release-order";
import { requestLogger } from "../../log/request-logger";
import { formatMoney } from "../../money";
import type { Refused, Result } from "../../result";
import { notifyBackInStockSafely } from "../../inventory/notify-back-in-stock";
import { returnStock } from "../../inventory/return-stock";
import type { OrderMoneyOptions } from "./refund-order";

export type CancelOrderInput = { orderId: string; actorId: string };
export type CancelOrderRefusal = Refused<"NOT_FOUND" | "NOT_CANCELLABLE" | "NO_PAYMENT" | "PROVIDER_FAILED" | "CHANGED">;
export type CancelOrderResult = Result<{ refundedCents: number; unitsReturned: number }, CancelOrderRefusal>;

const PAID_STATES = ["PAID", "PARTIALLY_REFUNDED"] as const;

export async function cancelOrder(input: CancelOrderInput, options: OrderMoneyOptions = {}): Promise<CancelOrderResult> {
  const now = options.now ?? new Date();
  const order = await db.order.findUnique({ where: { id: input.orderId }, include: { lines: { orderBy: { productId: "asc" } } } });
  if (!order) return { ok: false, code: "NOT_FOUND" };
  const before = { status: order.status, refundedCents: order.refundedCents };

  if (order.status === "PENDING") {
    const provider = options.provider ?? paymentProvider();
    const sessionEnded = await endPaymentSession(order, provider);
    const released = await withRetry(() =>
      db.$transaction(async (tx): Promise<CancelOrderResult> => {
        if ((await releaseOrderInTx(tx, order.id, "staff_cancelled", now)) === null) return { ok: false, code: "NOT_CANCELLABLE" };
        if (!sessionEnded) {
          await tx.orderEvent.create({
            data: { orderId: order.id, type: "session_still_open", message: "The payment page could not be closed; a payment made on it is refunded automatically." },
          });
        }
        await recordAudit(tx, { actorId: input.actorId, action: "order.cancel", entityType: "order", entityId: order.id, before, after: { status: "CANCELLED" } });
        return { ok: true, refundedCents: 0, unitsReturned: 0 };
      }),
    );
    if (released.ok) await notifyBackInStockSafely(); // the held units can be bought again
    return released;
  }

  if (!(PAID_STATES as readonly string[]).includes(order.status) || order.fulfilledAt) return { ok: false, code: "NOT_CANCELLABLE" };
  if (!order.providerPaymentId) return { ok: false, code: "NO_PAYMENT" };
  const provider = options.provider ?? paymentProvider();
  if (provider.name !== order.provider) return { ok: false, code: "NO_PAYMENT" };
  const refundCents = order.totalCents - order.refundedCents;
  if (refundCents > 0) {
    try {
      await provider.refund(order.providerPaymentId, refundCents, `cancel:${order.id}:${order.refundedCents}`);
    } catch (error) {
      (await requestLogger()).error({ err: error, orderId: order.id }, "cancelOrder: the payment provider refused the refund");
      return { ok: false, code: "PROVIDER_FAILED" };
    }
  }

  const returned = await withRetry(() =>
    db.$transaction(async (tx): Promise<CancelOrderResult> => {
      const moved = await transition(
        tx,
        order,
        "CANCELLED",
        { cancelledAt: now, cancelReason: "staff_cancelled", refundedCents: order.totalCents },
        { fulfilledAt: null, refundedCents: order.refundedCents },
      );
      if (!moved) return { ok: false, code: "CHANGED" };
      await returnStock(tx, order.lines, { orderId: order.id, actorId: input.actorId, note: `Order ${order.number} cancelled before shipping` });
      const unitsReturned = order.lines.reduce((sum, line) => sum + line.quantity, 0);
      await tx.couponRedemption.updateMany({ where: { orderId: order.id, status: { in: ["HELD", "REDEEMED"] } }, data: { status: "RELEASED" } });
      await tx.orderEvent.create({
        data: {
          orderId: order.id,
          type: "staff_cancelled",
          message: `Cancelled by staff before shipping: ${unitsReturned} unit${unitsReturned === 1 ? "" : "s"} back in stock, ${formatMoney(refundCents, order.currency)} refunded.`,
        },
      });
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "order.cancel",
        entityType: "order",
        entityId: order.id,
        before,
        after: { status: "CANCELLED", refundedCents: order.totalCents, unitsReturned },
      });
      return { ok: true, refundedCents: refundCents, unitsReturned };
    }),
  );
  if (returned.ok) await notifyBackInStockSafely(); // the returned units can be bought again
  return returned;
}

/** Ends the order's payment session with its provider; false when it could not be ended (logged). */
async function endPaymentSession(order: { id: string; provider: string; providerSessionId: string | null }, provider: PaymentProvider): Promise<boolean> {
  if (!order.providerSessionId || order.provider !== provider.name) return true; // no page was opened here
  try {
    await provider.expireSession(order.providerSessionId);
    return true;
  } catch (error) {
    (await requestLogger()).warn({ err: error, orderId: order.id }, "cancelOrder: the payment session could not be ended");
    return false;
  }
}
