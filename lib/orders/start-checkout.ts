// The checkout: release overdue holds, turn the cart into a pending order with stock and code held,
// then open the provider's payment page. If the page cannot be opened, the holds are given back.
import { authSecret } from "../auth/secret";
import { db } from "../db";
import { env } from "../env";
import { notifyLowStockSafely } from "../inventory/notify-low-stock";
import type { PaymentProvider } from "../payments/types";
import { createOrderFromCart, type CheckoutCustomer, type CreateOrderError } from "./create-order";
import { orderToken } from "./order-link";
import { releaseOrder, releaseOverdueOrders } from "./release-order";

export type StartCheckoutResult =
  | { ok: true; redirectUrl: string; orderId: string }
  | { ok: false; error: CreateOrderError | { code: "PAYMENT_UNAVAILABLE" } };

export async function sweepOverdue(provider: PaymentProvider, now = new Date()): Promise<number> {
  const released = await releaseOverdueOrders(now);
  // Stripe sessions live at least 30 minutes; a shorter hold ends them here so nobody pays for released stock.
  for (const order of released) {
    if (order.provider === "STRIPE" && order.sessionId) {
      await provider.expireSession(order.sessionId).catch((error) => console.error("could not expire a Stripe session", error));
    }
  }
  return released.length;
}

export async function startCheckout(cartId: string, customer: CheckoutCustomer, provider: PaymentProvider, now = new Date()): Promise<StartCheckoutResult> {
  await sweepOverdue(provider, now);
  const created = await createOrderFromCart(cartId, customer, provider.name, now);
  if (!created.ok) return created;
  const order = await db.order.findUniqueOrThrow({ where: { id: created.order.id }, include: { lines: true } });
  const base = env().APP_URL;
  try {
    const session = await provider.createCheckoutSession({
      orderId: order.id,
      orderNumber: order.number,
      currency: order.currency,
      email: order.email,
      lines: order.lines.map((l) => ({ name: l.productName, unitPriceCents: l.unitPriceCents, quantity: l.quantity })),
      discountCents: order.discountCents,
      couponCode: order.couponCode,
      shippingCents: order.shippingCents,
      totalCents: order.totalCents,
      holdExpiresAt: order.holdExpiresAt,
      successUrl: `${base}/checkout/success?order=${encodeURIComponent(orderToken(order.id, authSecret()))}`,
      cancelUrl: `${base}/checkout/cancelled?order=${encodeURIComponent(orderToken(order.id, authSecret()))}`,
    });
    await db.order.update({ where: { id: order.id }, data: { providerSessionId: session.sessionId } });
    await notifyLowStockSafely(); // the reservation lowered what can be sold
    return { ok: true, redirectUrl: session.url, orderId: order.id };
  } catch (error) {
    console.error("checkout: the payment page could not be created", error);
    await releaseOrder(order.id, "session_failed", now);
    return { ok: false, error: { code: "PAYMENT_UNAVAILABLE" } };
  }
}
