import { stockChanged } from "@/lib/catalog/stock-changed";
import { env } from "@/lib/env";
import { handlePaymentNotice } from "@/lib/orders/handle-payment-notice";
import { paymentProvider } from "@/lib/payments/provider";
import { toPaymentNotice, verifyStripeWebhook } from "@/lib/payments/stripe-events";

const MAX_BODY_BYTES = 512 * 1024;

export async function POST(request: Request) {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret) return Response.json({ error: "webhooks are not configured (STRIPE_WEBHOOK_SECRET)" }, { status: 503 });
  const signature = request.headers.get("stripe-signature");
  if (!signature) return Response.json({ error: "missing Stripe-Signature header" }, { status: 400 });
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return Response.json({ error: "payload too large" }, { status: 413 });

  let event;
  try {
    event = verifyStripeWebhook(body, signature, secret);
  } catch {
    return Response.json({ error: "invalid signature" }, { status: 400 });
  }
  const notice = toPaymentNotice(event);
  if (!notice) return Response.json({ received: true, ignored: event.type });
  try {
    const outcome = await handlePaymentNotice(notice, paymentProvider());
    if (outcome === "paid" || outcome === "released") stockChanged();
    return Response.json({ received: true, outcome });
  } catch (error) {
    // A 500 makes Stripe deliver the event again later; nothing was half-applied (one transaction).
    console.error("stripe webhook: could not apply", event.id, event.type, error);
    return Response.json({ error: "could not apply the event; it will be retried" }, { status: 500 });
  }
}
