// The order links a guest holds: the order id signed with an expiry, so a guest can see and act on their
// order without an account, nobody can reach an order by guessing ids, and a forwarded or leaked link stops
// working. Paying and cancelling ("pay") last while the payment page can be used: the hold plus a margin.
// Viewing ("view", the confirmation page) lasts 90 days. Both expiries derive from the hold, never the
// clock, so a retried checkout sends the provider the identical request (see create-order.ts).
import { signId, verifySignedId } from "../signing/signed-id";

export type OrderLinkUse = "view" | "pay";

/** Beyond the hold: Stripe's page may outlive a short hold by a few minutes (lib/payments/stripe.ts). */
export const ORDER_PAY_LINK_MARGIN_MS = 15 * 60_000;
export const ORDER_VIEW_LINK_MS = 90 * 24 * 3600_000;

export function orderLinkExpiry(use: OrderLinkUse, holdExpiresAt: Date): Date {
  return new Date(holdExpiresAt.getTime() + (use === "pay" ? ORDER_PAY_LINK_MARGIN_MS : ORDER_VIEW_LINK_MS));
}

export function orderToken(orderId: string, use: OrderLinkUse, holdExpiresAt: Date, secret: string): string {
  return signId(orderId, { purpose: `order-${use}`, secret, expiresAt: orderLinkExpiry(use, holdExpiresAt) });
}

/** The order id of an intact, unexpired link made for this use; else null. */
export function verifyOrderToken(token: string | undefined, use: OrderLinkUse, secret: string, now = new Date()): string | null {
  return verifySignedId(token, { purpose: `order-${use}`, secret, expiring: true, now });
}
