// The built-in test provider for machines without Stripe keys: checkout goes to a local page marked
// "test payment, no card is charged", whose buttons drive the same order code as Stripe's webhooks.
import { randomUUID } from "node:crypto";
import type { CheckoutRequest, CheckoutSession, PaidSession, PaymentProvider } from "./types";

export class TestProvider implements PaymentProvider {
  readonly name = "TEST" as const;
  /** `linkFor` signs the order id, so only the shopper who started the checkout can open its payment page. */
  constructor(
    private readonly appUrl: string,
    private readonly linkFor: (orderId: string, holdExpiresAt: Date) => string,
  ) {}

  async createCheckoutSession(request: CheckoutRequest): Promise<CheckoutSession> {
    const sessionId = `test_cs_${randomUUID()}`;
    return { sessionId, url: `${this.appUrl}/checkout/test-payment?order=${encodeURIComponent(this.linkFor(request.orderId, request.holdExpiresAt))}` };
  }

  async expireSession(): Promise<void> {}

  async refund(): Promise<void> {} // simulated: nothing to send anywhere

  async listPaidSessions(): Promise<PaidSession[]> {
    return []; // test payments are applied synchronously; nothing can be missed
  }
}
