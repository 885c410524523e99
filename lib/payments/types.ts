// Our own payment shapes: the Stripe adapter maps to and from these, nothing else sees Stripe's types.
export type CheckoutLine = { name: string; unitPriceCents: number; quantity: number };

export type CheckoutRequest = {
  orderId: string;
  orderNumber: string;
  currency: string;
  email: string | null;
  lines: CheckoutLine[];
  discountCents: number;
  couponCode: string | null;
  shippingCents: number;
  totalCents: number;
  /** When the hold on stock and codes lapses. */
  holdExpiresAt: Date;
  successUrl: string;
  cancelUrl: string;
};

export type CheckoutSession = { sessionId: string; url: string };

export type PaidSession = { sessionId: string; orderId: string | null; paymentId: string | null; amountTotal: number; created: Date };

export interface PaymentProvider {
  readonly name: "STRIPE" | "TEST";
  createCheckoutSession(request: CheckoutRequest): Promise<CheckoutSession>;
  /** Ends a session early (holds shorter than Stripe's 30-minute minimum). */
  expireSession(sessionId: string): Promise<void>;
  refund(paymentId: string, amountCents: number, idempotencyKey: string): Promise<void>;
  listPaidSessions(since: Date): Promise<PaidSession[]>;
}
