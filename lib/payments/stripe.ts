// The only module that talks to Stripe. It converts our checkout request into a Checkout Session whose
// total equals the order's total to the cent: unit prices as line items, the order's discount as a
// one-off amount_off coupon, shipping as a fixed rate (the destination zone's, with its delivery estimate)
// and the delivery address limited to the destination the cart was priced for.
import { createHash } from "node:crypto";
import Stripe from "stripe";
import { sessionTaxCents, withStripeTax } from "./stripe-tax";
import { PaymentPageError, ProviderCallError, type CheckoutRequest, type CheckoutSession, type PaidSession, type PaymentProvider } from "./types";

/** Stripe refuses an expires_at sooner than 30 minutes ahead. */
export const STRIPE_MIN_EXPIRY_SECONDS = 30 * 60;
/**
 * A session lives this much past Stripe's minimum, counted from the start of its hold, so that a retry
 * within the store's reuse window (lib/orders/create-order.ts, 2 minutes) can send the identical request.
 */
export const STRIPE_EXPIRY_SLACK_SECONDS = 3 * 60;

/**
 * A shopper waits on the checkout button while Stripe answers: one call may take up to 8 s and is tried
 * twice (same idempotency key), so a Stripe that hangs answers the shopper in about 17 s per call, not the
 * SDK's default 80 s × 3. Session creation normally takes well under a second.
 */
export const STRIPE_TIMEOUT_MS = 8_000;
export const STRIPE_MAX_NETWORK_RETRIES = 1;

export function createStripeClient(secretKey: string, apiBase?: string, tuning: { timeoutMs?: number; maxNetworkRetries?: number } = {}): Stripe {
  const options: Stripe.StripeConfig = {
    maxNetworkRetries: tuning.maxNetworkRetries ?? STRIPE_MAX_NETWORK_RETRIES,
    timeout: tuning.timeoutMs ?? STRIPE_TIMEOUT_MS,
  };
  if (apiBase) {
    const url = new URL(apiBase);
    Object.assign(options, { host: url.hostname, port: Number(url.port), protocol: url.protocol.replace(":", "") as "http" | "https" });
  }
  return new Stripe(secretKey, options);
}

/**
 * The session's expiry: the hold's end, but at least Stripe's 30 minutes (plus slack) after the hold began.
 * Derived from the hold, not the clock, so the same order sends the same request again; `now` only guards
 * against a hold begun too long ago (Stripe would refuse it), which changes the request and so its key.
 */
export function stripeExpiresAt(holdExpiresAt: Date, holdStartedAt: Date, now: Date): number {
  const wanted = Math.floor(holdExpiresAt.getTime() / 1000);
  const fromHold = Math.ceil(holdStartedAt.getTime() / 1000) + STRIPE_MIN_EXPIRY_SECONDS + STRIPE_EXPIRY_SLACK_SECONDS;
  const earliest = Math.ceil(now.getTime() / 1000) + STRIPE_MIN_EXPIRY_SECONDS + 60;
  return Math.max(wanted, fromHold, earliest);
}

/**
 * Stripe compares a reused key's parameters with the first request's and answers 400 when they differ, so
 * the key names the order, the attempt and a hash of the exact parameters: identical requests share a key
 * (a retry gets the session Stripe may already have made), different ones never collide. At most ~80 chars.
 */
export function idempotencyKey(kind: string, orderId: string, attempt: number, params: unknown): string {
  const hash = createHash("sha256").update(JSON.stringify(params)).digest("base64url").slice(0, 22);
  return `${kind}:${orderId}:${attempt}:${hash}`;
}

/** Our own error, saying whether Stripe answered (a replayable refusal) or not (timeout, connection). */
function toPaymentPageError(error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  const answered = !(error instanceof Stripe.errors.StripeConnectionError) && typeof error.statusCode === "number";
  return new PaymentPageError(`Stripe could not open the payment page: ${error.message}`, answered, { cause: error });
}

export class StripeProvider implements PaymentProvider {
  readonly name = "STRIPE" as const;
  constructor(
    private readonly stripe: Stripe,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createCheckoutSession(request: CheckoutRequest): Promise<CheckoutSession> {
    try {
      return await this.openSession(request);
    } catch (error) {
      throw toPaymentPageError(error);
    }
  }

  private async openSession(request: CheckoutRequest): Promise<CheckoutSession> {
    const currency = request.currency.toLowerCase();
    let discounts: Stripe.Checkout.SessionCreateParams.Discount[] | undefined;
    if (request.discountCents > 0) {
      const couponParams: Stripe.CouponCreateParams = {
        amount_off: request.discountCents,
        currency,
        duration: "once",
        max_redemptions: 1,
        name: request.couponCode ? `${request.couponCode} (order ${request.orderNumber})` : `Order ${request.orderNumber} discount`,
        metadata: { orderId: request.orderId },
      };
      const coupon = await this.stripe.coupons.create(couponParams, {
        idempotencyKey: idempotencyKey("coupon", request.orderId, request.attempt, couponParams),
      });
      discounts = [{ coupon: coupon.id }];
    }
    const params: Stripe.Checkout.SessionCreateParams = {
      mode: "payment",
      client_reference_id: request.orderId,
      customer_email: request.email ?? undefined,
      line_items: request.lines.map((line) => ({
        quantity: line.quantity,
        price_data: { currency, unit_amount: line.unitPriceCents, product_data: { name: line.name } },
      })),
      discounts,
      shipping_address_collection: {
        allowed_countries: [request.shippingCountry as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry],
      },
      shipping_options: [
        {
          shipping_rate_data: {
            type: "fixed_amount",
            display_name: request.shippingCents === 0 ? "Free shipping" : "Standard shipping",
            fixed_amount: { amount: request.shippingCents, currency },
            delivery_estimate: {
              minimum: { unit: "business_day", value: request.delivery.minDays },
              maximum: { unit: "business_day", value: request.delivery.maxDays },
            },
          },
        },
      ],
      metadata: { orderId: request.orderId, orderNumber: request.orderNumber },
      payment_intent_data: { metadata: { orderId: request.orderId, orderNumber: request.orderNumber } },
      expires_at: stripeExpiresAt(request.holdExpiresAt, request.holdStartedAt, this.now()),
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
    };
    const sent = withStripeTax(params, request);
    const session = await this.stripe.checkout.sessions.create(sent, {
      idempotencyKey: idempotencyKey("checkout-session", request.orderId, request.attempt, sent),
    });
    if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
    return { sessionId: session.id, url: session.url };
  }

  async expireSession(sessionId: string): Promise<void> {
    await this.stripe.checkout.sessions.expire(sessionId, {}, { idempotencyKey: `expire:${sessionId}` });
  }

  async refund(paymentId: string, amountCents: number, idempotencyKey: string): Promise<void> {
    try {
      await this.stripe.refunds.create({ payment_intent: paymentId, amount: amountCents }, { idempotencyKey });
    } catch (error) {
      // Refunded already (by an earlier try whose answer was lost, or by hand in the dashboard): done.
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "charge_already_refunded") return;
      if (!(error instanceof Stripe.errors.StripeError)) throw error;
      const answered = !(error instanceof Stripe.errors.StripeConnectionError) && typeof error.statusCode === "number";
      throw new ProviderCallError(`Stripe could not refund ${paymentId}: ${error.message}`, answered, { cause: error });
    }
  }

  async listPaidSessions(since: Date): Promise<PaidSession[]> {
    const found: PaidSession[] = [];
    for await (const session of this.stripe.checkout.sessions.list({ created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 })) {
      if (session.payment_status !== "paid") continue;
      found.push(toPaidSession(session));
    }
    return found;
  }
}

export function toPaidSession(session: Stripe.Checkout.Session): PaidSession {
  const paymentIntent = session.payment_intent;
  return {
    sessionId: session.id,
    orderId: session.metadata?.orderId ?? session.client_reference_id ?? null,
    paymentId: typeof paymentIntent === "string" ? paymentIntent : (paymentIntent?.id ?? null),
    amountTotal: session.amount_total ?? 0,
    amountTax: sessionTaxCents(session),
    currency: session.currency ?? null,
    created: new Date(session.created * 1000),
  };
}
