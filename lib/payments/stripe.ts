// The only module that talks to Stripe. It converts our checkout request into a Checkout Session whose
// total equals the order's total to the cent: unit prices as line items, the order's discount as a
// one-off amount_off coupon, shipping as a fixed rate.
import Stripe from "stripe";
import type { CheckoutRequest, CheckoutSession, PaidSession, PaymentProvider } from "./types";

/** Stripe refuses an expires_at sooner than 30 minutes ahead. */
export const STRIPE_MIN_EXPIRY_SECONDS = 30 * 60;

export function createStripeClient(secretKey: string, apiBase?: string): Stripe {
  const options: Stripe.StripeConfig = { maxNetworkRetries: 2, timeout: 15_000 };
  if (apiBase) {
    const url = new URL(apiBase);
    Object.assign(options, { host: url.hostname, port: Number(url.port), protocol: url.protocol.replace(":", "") as "http" | "https" });
  }
  return new Stripe(secretKey, options);
}

export function stripeExpiresAt(holdExpiresAt: Date, now: Date): number {
  const wanted = Math.floor(holdExpiresAt.getTime() / 1000);
  return Math.max(wanted, Math.ceil(now.getTime() / 1000) + STRIPE_MIN_EXPIRY_SECONDS);
}

export class StripeProvider implements PaymentProvider {
  readonly name = "STRIPE" as const;
  constructor(
    private readonly stripe: Stripe,
    private readonly shippingCountries: string[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createCheckoutSession(request: CheckoutRequest): Promise<CheckoutSession> {
    const currency = request.currency.toLowerCase();
    let discounts: Stripe.Checkout.SessionCreateParams.Discount[] | undefined;
    if (request.discountCents > 0) {
      const coupon = await this.stripe.coupons.create(
        {
          amount_off: request.discountCents,
          currency,
          duration: "once",
          max_redemptions: 1,
          name: request.couponCode ? `${request.couponCode} (order ${request.orderNumber})` : `Order ${request.orderNumber} discount`,
          metadata: { orderId: request.orderId },
        },
        { idempotencyKey: `coupon:${request.orderId}` },
      );
      discounts = [{ coupon: coupon.id }];
    }
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: "payment",
        client_reference_id: request.orderId,
        customer_email: request.email ?? undefined,
        line_items: request.lines.map((line) => ({
          quantity: line.quantity,
          price_data: { currency, unit_amount: line.unitPriceCents, product_data: { name: line.name } },
        })),
        discounts,
        shipping_address_collection: {
          allowed_countries: this.shippingCountries as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry[],
        },
        shipping_options: [
          {
            shipping_rate_data: {
              type: "fixed_amount",
              display_name: request.shippingCents === 0 ? "Free shipping" : "Standard shipping",
              fixed_amount: { amount: request.shippingCents, currency },
            },
          },
        ],
        metadata: { orderId: request.orderId, orderNumber: request.orderNumber },
        payment_intent_data: { metadata: { orderId: request.orderId, orderNumber: request.orderNumber } },
        expires_at: stripeExpiresAt(request.holdExpiresAt, this.now()),
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
      },
      { idempotencyKey: `checkout-session:${request.orderId}` },
    );
    if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
    return { sessionId: session.id, url: session.url };
  }

  async expireSession(sessionId: string): Promise<void> {
    await this.stripe.checkout.sessions.expire(sessionId, {}, { idempotencyKey: `expire:${sessionId}` });
  }

  async refund(paymentId: string, amountCents: number, idempotencyKey: string): Promise<void> {
    await this.stripe.refunds.create({ payment_intent: paymentId, amount: amountCents }, { idempotencyKey });
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
    created: new Date(session.created * 1000),
  };
}
