// What happens after a payment is applied, outside its transaction: the confirmation e-mail, the cart
// emptied, and any refund the order owes sent to the provider (also on a repeated delivery, which is how
// a refund that failed the first time is retried).
import { db } from "../db";
import { notifyLowStockSafely } from "../inventory/notify-low-stock";
import { requestLogger } from "../log/request-logger";
import type { PaymentProvider } from "../payments/types";
import { applyPayment, type PaymentEvent, type PaymentOutcome } from "./apply-payment";
import { sendOrderConfirmation } from "./confirmation-mail";
import { payOwedRefunds } from "./refund-owed";

/** `refund_owed`: a refund is still owed after trying; the caller should have the event delivered again. */
export type SettleOutcome = PaymentOutcome | "refund_owed";

export async function settlePayment(event: PaymentEvent, provider: PaymentProvider, now = new Date()): Promise<SettleOutcome> {
  const outcome = await applyPayment(event, now);
  if (outcome === "paid") {
    const order = await db.order.findUniqueOrThrow({ where: { id: event.orderId }, select: { cartId: true } });
    if (order.cartId) await db.cart.update({ where: { id: order.cartId }, data: { couponCode: null, lines: { deleteMany: {} } } });
    await sendOrderConfirmation(event.orderId).catch(async (error) => (await requestLogger()).error({ err: error, orderId: event.orderId }, "order confirmation e-mail failed"));
    await notifyLowStockSafely();
  }
  if (outcome === "refund_needed" || outcome === "duplicate") {
    const { stillOwed } = await payOwedRefunds(provider, { orderId: event.orderId }, now);
    if (stillOwed > 0) return "refund_owed";
  }
  return outcome;
}
