// The checkout: release overdue holds, turn the cart into a pending order with stock and code held,
// then open the provider's payment page. If the page cannot be opened, the holds are given back, and a
// try again with the same cart takes the same order up again (see create-order.ts).
// Every failure ends as a value the cart page turns into a "try again" message, never a thrown error.
import { hitRateLimit } from "../auth/rate-limit";
import { authSecret } from "../auth/secret";
import { shownStockChanged } from "../catalog/stock-state";
import { withRetry } from "../database/retry";
import { db } from "../db";
import { env } from "../env";
import { notifyBackInStockSafely } from "../inventory/notify-back-in-stock";
import { notifyLowStockSafely } from "../inventory/notify-low-stock";
import { requestLogger } from "../log/request-logger";
import { taxMode } from "../payments/tax-mode";
import { PaymentPageError, type PaymentProvider } from "../payments/types";
import { CHECKOUT_START_LIMIT, checkoutStartKey, releaseCartCheckouts, type ReplacedCheckout } from "./checkout-limits";
import { createOrderFromCart, TRANSACTION_OPTIONS, type CheckoutCustomer, type CreateOrderError } from "./create-order";
import { orderToken, type OrderLinkUse } from "./order-link";
import { releaseOrder, releaseOverdueOrders } from "./release-order";

export type StartCheckoutError =
  | CreateOrderError
  /** The provider could not open its payment page; the order was released. */
  | { code: "PAYMENT_UNAVAILABLE" }
  /** The database failed (connection lost, unreachable): the transaction rolled back, nothing is held. */
  | { code: "STORE_UNAVAILABLE" }
  /** Too many checkout starts from this client address lately. */
  | { code: "RATE_LIMITED"; retryAfterSeconds: number };

/** `stockShownChanged`: a product page now shows another stock state or count (refresh cached pages only then). */
export type StartCheckoutResult = { ok: true; redirectUrl: string; orderId: string; stockShownChanged: boolean } | ({ ok: false } & StartCheckoutError);

export async function sweepOverdue(provider: PaymentProvider, now = new Date()): Promise<number> {
  const released = await releaseOverdueOrders(now);
  // Stripe sessions live at least 30 minutes; a shorter hold ends them here so nobody pays for released stock.
  for (const order of released) {
    if (order.provider === "STRIPE" && order.sessionId) {
      await provider
        .expireSession(order.sessionId)
        .catch(async (error) => (await requestLogger()).error({ err: error, orderId: order.orderId }, "sweep: could not expire a Stripe session"));
    }
  }
  return released.length;
}

export async function startCheckout(cartId: string, customer: CheckoutCustomer, provider: PaymentProvider, now = new Date()): Promise<StartCheckoutResult> {
  const log = await requestLogger();
  if (customer.clientAddress) {
    try {
      const limit = await hitRateLimit(checkoutStartKey(customer.clientAddress), CHECKOUT_START_LIMIT, now);
      if (!limit.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
    } catch (error) {
      log.error({ err: error, cartId }, "checkout: the rate limit could not be checked");
      return { ok: false, code: "STORE_UNAVAILABLE" };
    }
  }
  // The sweep is housekeeping: if it fails, the checkout itself still decides.
  await sweepOverdue(provider, now).catch((error) => log.error({ err: error }, "checkout: the sweep of overdue holds failed"));
  let created;
  let earlier;
  try {
    // The cart's previous unpaid checkout is closed first (whatever this one's fate), so its code hold does
    // not count against this one's pricing and its payment page is ended even if this checkout is refused.
    earlier = await withRetry(() => db.$transaction((tx) => releaseCartCheckouts(tx, cartId, now), TRANSACTION_OPTIONS));
    await endReplacedSessions(earlier.replaced, provider);
    created = await createOrderFromCart(cartId, customer, provider.name, now);
  } catch (error) {
    // Each step is one transaction: whatever broke (a dropped connection, an unreachable server) rolled back whole.
    log.error({ err: error, cartId }, "checkout: the order could not be created");
    return { ok: false, code: "STORE_UNAVAILABLE" };
  }
  if (!created.ok) {
    if (earlier.replaced.length) await notifyBackInStockSafely(); // the replaced checkout's units are free again
    return created;
  }
  const order = created.order;
  await endReplacedSessions(order.replaced, provider);
  const stockChanges = [...earlier.changes, ...order.stockChanges];
  const base = env().APP_URL;
  const link = (use: OrderLinkUse) => encodeURIComponent(orderToken(order.id, use, order.holdExpiresAt, authSecret()));
  let session;
  try {
    session = await provider.createCheckoutSession({
      orderId: order.id,
      orderNumber: order.number,
      currency: order.currency,
      email: order.email,
      lines: order.lines.map((l) => ({ name: l.productName, unitPriceCents: l.unitPriceCents, quantity: l.quantity, taxCode: l.taxCode })),
      discountCents: order.discountCents,
      couponCode: order.couponCode,
      shippingCents: order.shippingCents,
      shippingCountry: order.shippingCountry,
      delivery: order.delivery,
      totalCents: order.totalCents,
      automaticTax: provider.name === "STRIPE" && taxMode() === "stripe",
      holdExpiresAt: order.holdExpiresAt,
      holdStartedAt: order.holdStartedAt,
      attempt: order.attempt,
      successUrl: `${base}/checkout/success?order=${link("view")}`,
      cancelUrl: `${base}/checkout/cancel?order=${link("pay")}`,
    });
  } catch (error) {
    log.error({ err: error, orderId: order.id }, "checkout: the payment page could not be created");
    // A refusal is final for its request; an answer that never came may hide a session made all the same,
    // which the next try asks for again with the identical request (create-order.ts keeps its hold).
    const answered = error instanceof PaymentPageError && error.answered;
    await releaseOrder(order.id, answered ? "session_failed" : "session_unconfirmed", now).catch((releaseError) =>
      // The database failed too: the hold lapses at holdExpiresAt and the next sweep gives it back.
      log.error({ err: releaseError, orderId: order.id }, "checkout: could not release the order"),
    );
    return { ok: false, code: "PAYMENT_UNAVAILABLE" };
  }
  try {
    await db.order.update({ where: { id: order.id }, data: { providerSessionId: session.sessionId } });
  } catch (error) {
    // The session exists and names the order in its metadata, so its payment completes the order through
    // the webhook (which records the session id). Sending the shopper on beats stranding a live session.
    log.error({ err: error, orderId: order.id }, "checkout: could not record the session id");
  }
  await notifyLowStockSafely(); // the reservation lowered what can be sold
  // A replaced checkout may have held more than this one does: whatever is left free is for the waiting.
  if (earlier.replaced.length || order.replaced.length) await notifyBackInStockSafely();
  return { ok: true, redirectUrl: session.url, orderId: order.id, stockShownChanged: shownStockChanged(stockChanges) };
}

/** The replaced checkouts' payment pages are closed; one that stays open is refunded if paid (apply-payment.ts). */
async function endReplacedSessions(replaced: ReplacedCheckout[], provider: PaymentProvider): Promise<void> {
  for (const old of replaced) {
    if (!old.sessionId || old.provider !== provider.name) continue;
    await provider
      .expireSession(old.sessionId)
      .catch(async (error) => (await requestLogger()).warn({ err: error, orderId: old.orderId }, "checkout: the replaced checkout's payment session could not be ended"));
  }
}
