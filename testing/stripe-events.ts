// Stripe webhook events for tests, shaped as Stripe sends them: a Checkout Session event with the fields the
// store reads (metadata.orderId, payment status and intent, amount, shipping details), and its delivery
// signed for real with Stripe's test header.
import Stripe from "stripe";

const signer = new Stripe("sk_test_signer");
let sequence = 0;

export type EventOrder = { id: string; totalCents: number; providerSessionId?: string | null };

/** `session` overrides fields of the session object (e.g. `{ payment_status: "unpaid" }`). */
export function checkoutSessionEvent(type: string, order: EventOrder, options: { eventId?: string; session?: object } = {}) {
  sequence++;
  return {
    id: options.eventId ?? `evt_${sequence}_${Date.now()}`,
    object: "event",
    type,
    data: {
      object: {
        id: order.providerSessionId ?? `cs_test_${order.id}`,
        object: "checkout.session",
        metadata: { orderId: order.id },
        client_reference_id: order.id,
        payment_status: "paid",
        payment_intent: `pi_${order.id}`,
        amount_total: order.totalCents,
        collected_information: {
          shipping_details: { name: "Ada Lovelace", address: { line1: "1 Main St", line2: null, city: "Boston", state: "MA", postal_code: "02101", country: "US" } },
        },
        ...options.session,
      },
    },
  };
}

/** A POST to the webhook route carrying this event, signed with the endpoint's secret. */
export function signedWebhookRequest(event: object, secret: string): Request {
  const payload = JSON.stringify(event);
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret });
  return new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
}
