// What happens after a payment is applied, outside its transaction: the confirmation e-mail, the cart
// emptied, and for a late payment whose stock was gone, the refund through the provider.
import { db } from "../db";
import { notifyLowStockSafely } from "../inventory/notify-low-stock";
import { requestLogger } from "../log/request-logger";
import type { PaymentProvider } from "../payments/types";
import { applyPayment, type PaymentEvent, type PaymentOutcome } from "./apply-payment";
import { sendOrderConfirmation } from "./confirmation-mail";

export async function settlePayment(event: PaymentEvent, provider: PaymentProvider, now = new Date()): Promise<PaymentOutcome> {
  const outcome = await applyPayment(event, now);
  if (outcome === "paid") {
    const order = await db.order.findUniqueOrThrow({ where: { id: event.orderId }, select: { cartId: true } });
    if (order.cartId) await db.cart.update({ where: { id: order.cartId }, data: { couponCode: null, lines: { deleteMany: {} } } });
    await sendOrderConfirmation(event.orderId).catch(async (error) => (await requestLogger()).error({ err: error, orderId: event.orderId }, "order confirmation e-mail failed"));
    await notifyLowStockSafely();
  }
  if (outcome === "refund_needed") {
    const order = await db.order.findUniqueOrThrow({ where: { id: event.orderId } });
    if (event.paymentId) await provider.refund(event.paymentId, order.totalCents, `late-refund:${order.id}`);
    if (provider.name === "TEST") {
      await db.order.update({ where: { id: order.id }, data: { refundedCents: order.totalCents } }); // simulated: no webhook follows
    }
  }
  return outcome;
}
