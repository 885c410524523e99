import "server-only";
import { authSecret } from "../auth/secret";
import { env } from "../env";
import { orderToken } from "../orders/order-link";
import { createStripeClient, StripeProvider } from "./stripe";
import { TestProvider } from "./test-provider";
import type { PaymentProvider } from "./types";

export class TestPaymentsRefusedError extends Error {
  constructor() {
    super("Payments are not configured: set STRIPE_SECRET_KEY, or PAYMENTS_TEST_MODE=1 to use test payments on purpose in production.");
  }
}

/** Stripe when a key is set; otherwise the test provider, which production refuses unless asked for by name. */
export function paymentProvider(): PaymentProvider {
  const config = env();
  if (config.STRIPE_SECRET_KEY) {
    return new StripeProvider(createStripeClient(config.STRIPE_SECRET_KEY, config.STRIPE_API_BASE));
  }
  if (config.NODE_ENV === "production" && config.PAYMENTS_TEST_MODE !== "1") throw new TestPaymentsRefusedError();
  return new TestProvider(config.APP_URL, (orderId, holdExpiresAt) => orderToken(orderId, "pay", holdExpiresAt, authSecret()));
}

export function isTestPaymentsAllowed(): boolean {
  const config = env();
  return !config.STRIPE_SECRET_KEY && (config.NODE_ENV !== "production" || config.PAYMENTS_TEST_MODE === "1");
}
