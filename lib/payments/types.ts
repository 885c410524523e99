// Our own payment shapes: the Stripe adapter maps to and from these, nothing else sees Stripe's types.
/** `taxCode`: the product's tax category for the provider's tax engine (Stripe Tax), null for the account's default. */
export type CheckoutLine = { name: string; unitPriceCents: number; quantity: number; taxCode: string | null };

export type CheckoutRequest = {
  orderId: string;
  orderNumber: string;
  currency: string;
  email: string | null;
  lines: CheckoutLine[];
  discountCents: number;
  couponCode: string | null;
  shippingCents: number;
  /** The only country the payment page may take a delivery address in (ISO alpha-2): the cart's destination. */
  shippingCountry: string;
  /** The destination zone's usual delivery time, in business days. */
  delivery: { minDays: number; maxDays: number };
  /** Before tax: subtotal - discount + shipping. */
  totalCents: number;
  /** The provider adds tax on top of totalCents from the shopper's address (Stripe Tax); the paid total then includes it. */
  automaticTax: boolean;
  /** When the hold on stock and codes lapses. */
  holdExpiresAt: Date;
  /**
   * When that hold began. The session's own expiry is derived from the hold (never from the clock), so a
   * retry of the same order within its hold window sends the very same request under the same key.
   */
  holdStartedAt: Date;
  /**
   * How many of this order's earlier attempts the provider answered with an error. Stripe replays the saved
   * answer to a key for 24 h, a 500 included, so a request it refused is sent again under a new key.
   */
  attempt: number;
  successUrl: string;
  cancelUrl: string;
};

export type CheckoutSession = { sessionId: string; url: string };

/** `amountTax`: the tax included in amountTotal (0 without Stripe Tax). */
export type PaidSession = { sessionId: string; orderId: string | null; paymentId: string | null; amountTotal: number; amountTax: number; currency: string | null; created: Date };

export interface PaymentProvider {
  readonly name: "STRIPE" | "TEST";
  createCheckoutSession(request: CheckoutRequest): Promise<CheckoutSession>;
  /** Ends a session early (holds shorter than Stripe's 30-minute minimum). */
  expireSession(sessionId: string): Promise<void>;
  /** Throws ProviderCallError when the provider refused or did not answer. */
  refund(paymentId: string, amountCents: number, idempotencyKey: string): Promise<void>;
  listPaidSessions(since: Date): Promise<PaidSession[]>;
}

/**
 * The payment page could not be opened. `answered`: the provider replied with an error, so asking again
 * under the same idempotency key would only replay it. Otherwise no reply came (timeout, connection lost):
 * the page may exist, and a retry must send the same request under the same key to get it back.
 */
export class PaymentPageError extends Error {
  constructor(
    message: string,
    readonly answered: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "PaymentPageError";
  }
}

/** A provider call failed; `answered` as for PaymentPageError (an answered refusal is replayed to its key). */
export class ProviderCallError extends Error {
  constructor(
    message: string,
    readonly answered: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ProviderCallError";
  }
}
