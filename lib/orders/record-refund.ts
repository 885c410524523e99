// Refund and dispute events from the payment provider.
import { db } from "../db";
import { withRetry } from "../database/retry";
import { recordEvent } from "./apply-payment";
import { TRANSACTION_OPTIONS } from "./create-order";
import { canTransition, PAID_STATES, transition } from "./life-cycle";

type Event = { eventId: string; eventType: string; provider: "STRIPE" | "TEST" };

/** `amountRefunded` is the payment's total refunded so far (Stripe's charge.amount_refunded), not a delta. */
export async function recordRefund(event: Event & { paymentId: string; amountRefunded: number }): Promise<"applied" | "duplicate" | "unknown_order"> {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const order = await tx.order.findUnique({ where: { providerPaymentId: event.paymentId } });
      if (!(await recordEvent(tx, { ...event, orderId: order?.id }))) return "duplicate";
      if (!order) return "unknown_order";
      const refunded = Math.min(order.totalCents, Math.max(order.refundedCents, event.amountRefunded));
      const target = refunded >= order.totalCents ? "REFUNDED" : "PARTIALLY_REFUNDED";
      // A paid order becomes (partly) refunded; a closed one (a late or cancelled payment given back, a
      // staff cancel) keeps its state and only records the amount.
      const moved = PAID_STATES.includes(order.status) && canTransition(order.status, target) && (await transition(tx, order, target, { refundedCents: refunded }));
      if (!moved) await tx.order.update({ where: { id: order.id }, data: { refundedCents: refunded } });
      await tx.orderEvent.create({ data: { orderId: order.id, type: "refunded", message: `Refunded ${refunded} of ${order.totalCents} cents.` } });
      return "applied";
    }, TRANSACTION_OPTIONS),
  );
}

export async function recordDispute(event: Event & { paymentId: string; reason: string }): Promise<"applied" | "duplicate" | "unknown_order"> {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const order = await tx.order.findUnique({ where: { providerPaymentId: event.paymentId } });
      if (!(await recordEvent(tx, { ...event, orderId: order?.id }))) return "duplicate";
      if (!order) return "unknown_order";
      const attention = `Payment disputed by the card holder (${event.reason}).`;
      await tx.order.update({ where: { id: order.id }, data: { attention, events: { create: { type: "dispute", message: attention } } } });
      return "applied";
    }, TRANSACTION_OPTIONS),
  );
}
