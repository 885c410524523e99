// What a payment provider can tell us, in our own terms. The Stripe adapter maps its events to these.
export type PaymentNotice =
  | {
      kind: "paid";
      eventId: string;
      eventType: string;
      orderId: string;
      sessionId: string;
      paymentId: string | null;
      amountTotal: number | null;
      /** Tax included in amountTotal (Stripe Tax); null when the provider says nothing about tax. */
      amountTax: number | null;
      currency: string | null;
      shippingName: string | null;
      shippingAddress: Record<string, unknown> | null;
    }
  | { kind: "awaiting_payment"; eventId: string; eventType: string; orderId: string }
  | { kind: "expired" | "payment_failed"; eventId: string; eventType: string; orderId: string; sessionId: string }
  | { kind: "refunded"; eventId: string; eventType: string; paymentId: string; amountRefunded: number }
  | { kind: "disputed"; eventId: string; eventType: string; paymentId: string; reason: string };
