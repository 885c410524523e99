// The shopper left the payment page ("back to the store" on Stripe's page). Without this the order's stock
// and code stay held until the hold lapses, and a second checkout of the same cart would hold them twice.
// The payment session is ended first: only once the provider says nobody can pay it any more are the
// holds given back. If it cannot be ended (already paid, provider unreachable), nothing is released here;
// the payment's webhook, the session's own expiry or the overdue sweep settles the order as before.
import { db } from "../db";
import { requestLogger } from "../log/request-logger";
import type { PaymentProvider } from "../payments/types";
import { releaseOrder } from "./release-order";

export type CancelOutcome = "released" | "paid" | "already closed" | "session still open";

export async function cancelCheckout(orderId: string, provider: PaymentProvider, now = new Date()): Promise<CancelOutcome> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true, paidAt: true, stockReleasedAt: true, provider: true, providerSessionId: true } });
  if (order?.paidAt) return "paid"; // paid, then maybe shipped, refunded or cancelled by staff
  if (!order || order.status !== "PENDING" || order.stockReleasedAt) return "already closed";
  // No recorded session (its id could not be saved) or one made by another provider: it cannot be ended here.
  if (!order.providerSessionId || order.provider !== provider.name) return "session still open";
  try {
    await provider.expireSession(order.providerSessionId);
  } catch (error) {
    (await requestLogger()).warn({ err: error, orderId }, "cancel: the payment session could not be ended; the order stays held");
    return "session still open";
  }
  return (await releaseOrder(orderId, "cancelled", now)) ? "released" : "already closed";
}
