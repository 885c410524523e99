import { stockChanged } from "@/lib/catalog/stock-changed";
import { env } from "@/lib/env";
import { parseJson, readBodyText } from "@/lib/http/body";
import { jsonError, routeMethods } from "@/lib/http/route-methods";
import { requestLogger } from "@/lib/log/request-logger";
import { handlePaymentNotice } from "@/lib/orders/handle-payment-notice";
import { paymentProvider } from "@/lib/payments/provider";
import { toPaymentNotice, verifyStripeWebhook } from "@/lib/payments/stripe-events";

// Stripe's events are a few kB: anything near this is not from Stripe.
const MAX_BODY_BYTES = 512 * 1024;

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  async POST(request) {
    // The payload's shape first (413, 400), then whether it is Stripe's.
    const body = await readBodyText(request, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    const json = parseJson(body.value);
    if (!json.ok) return json.response;
    const secret = env().STRIPE_WEBHOOK_SECRET;
    if (!secret) return jsonError(503, "webhooks are not configured (STRIPE_WEBHOOK_SECRET)");
    const signature = request.headers.get("stripe-signature");
    if (!signature) return jsonError(400, "missing Stripe-Signature header");

    const log = await requestLogger(request);
    let event;
    try {
      event = verifyStripeWebhook(body.value, signature, secret);
    } catch (error) {
      // The reason's first line only: Stripe's error also carries the payload (a customer's e-mail and address).
      const reason = error instanceof Error ? error.message.split("\n")[0].trim() : "unknown";
      log.warn({ reason }, "stripe webhook: signature refused");
      return jsonError(400, "invalid signature");
    }
    const notice = toPaymentNotice(event);
    if (!notice) return Response.json({ received: true, ignored: event.type });
    try {
      const outcome = await handlePaymentNotice(notice, paymentProvider());
      if (outcome === "paid" || outcome === "released") stockChanged();
      if (outcome === "refund_owed") {
        // Applied, but the refund it owes could not be sent: a 500 has Stripe deliver it again, which retries it.
        log.warn({ eventId: event.id, eventType: event.type }, "stripe webhook: a refund is still owed; asking for redelivery");
        return jsonError(500, "a refund is still owed; deliver the event again");
      }
      log.info({ eventId: event.id, eventType: event.type, outcome }, "stripe webhook: applied");
      return Response.json({ received: true, outcome });
    } catch (error) {
      // A 500 makes Stripe deliver the event again later; nothing was half-applied (one transaction).
      log.error({ err: error, eventId: event.id, eventType: event.type }, "stripe webhook: could not apply");
      return jsonError(500, "could not apply the event; it will be retried");
    }
  },
});
