// Verifies Stripe webhook deliveries and maps the events we act on to PaymentNotice. Every other
// event type maps to null: it is acknowledged and ignored (a 4xx would make Stripe retry it for days).
import Stripe from "stripe";
import type { PaymentNotice } from "./notices";

export const HANDLED_EVENT_TYPES = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  "charge.refunded",
  "charge.dispute.created",
] as const;

// Signature checking needs no API key; the SDK wants one to construct.
const verifier = new Stripe("sk_webhook_verification_only");

/** Throws when the signature is missing, wrong or older than Stripe's 300-second tolerance. */
export function verifyStripeWebhook(rawBody: string, signature: string, secret: string): Stripe.Event {
  return verifier.webhooks.constructEvent(rawBody, signature, secret, 300);
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}

function orderIdOf(session: Stripe.Checkout.Session): string | null {
  return session.metadata?.orderId ?? session.client_reference_id ?? null;
}

export function toPaymentNotice(event: Stripe.Event): PaymentNotice | null {
  const base = { eventId: event.id, eventType: event.type };
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      const orderId = orderIdOf(session);
      if (!orderId) return null;
      if (session.payment_status === "unpaid") return { kind: "awaiting_payment", ...base, orderId };
      const shipping = session.collected_information?.shipping_details;
      return {
        kind: "paid",
        ...base,
        orderId,
        sessionId: session.id,
        paymentId: idOf(session.payment_intent),
        amountTotal: session.amount_total,
        amountTax: session.total_details?.amount_tax ?? null,
        currency: session.currency,
        shippingName: shipping?.name ?? null,
        shippingAddress: (shipping?.address as unknown as Record<string, unknown>) ?? null,
      };
    }
    case "checkout.session.async_payment_failed":
    case "checkout.session.expired": {
      const session = event.data.object;
      const orderId = orderIdOf(session);
      if (!orderId) return null;
      return { kind: event.type === "checkout.session.expired" ? "expired" : "payment_failed", ...base, orderId, sessionId: session.id };
    }
    case "charge.refunded": {
      const charge = event.data.object;
      const paymentId = idOf(charge.payment_intent);
      return paymentId ? { kind: "refunded", ...base, paymentId, amountRefunded: charge.amount_refunded } : null;
    }
    case "charge.dispute.created": {
      const dispute = event.data.object;
      const paymentId = idOf(dispute.payment_intent);
      return paymentId ? { kind: "disputed", ...base, paymentId, reason: dispute.reason } : null;
    }
    default:
      return null;
  }
}
