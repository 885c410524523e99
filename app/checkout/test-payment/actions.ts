"use server";
// The test provider's buttons. They run the same order code as Stripe's webhook events.

import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { authSecret } from "@/lib/auth/secret";
import { stockChanged } from "@/lib/catalog/stock-changed";
import { db } from "@/lib/db";
import { releaseOrder, settlePayment } from "@/lib/orders";
import { orderToken, verifyOrderToken } from "@/lib/orders/order-link";
import { TEST_PAYMENT_REFUSALS } from "@/lib/payments/messages";
import { isTestPaymentsAllowed, paymentProvider } from "@/lib/payments/provider";
import type { Refused, Result } from "@/lib/result";

const schema = z.object({ order: z.string().min(1).max(200) });

type Refusal = keyof typeof TEST_PAYMENT_REFUSALS;

function checked(token: string): Result<{ orderId: string }, Refused<Refusal>> {
  if (!isTestPaymentsAllowed()) return { ok: false, code: "TEST_PAYMENTS_OFF" };
  const orderId = verifyOrderToken(token, "pay", authSecret());
  return orderId ? { ok: true, orderId } : { ok: false, code: "INVALID_LINK" };
}

// The form has always seen one code for every refusal here; the sentence says which.
const refused = (code: Refusal) => refusal("REFUSED", TEST_PAYMENT_REFUSALS[code]);

export const payTestOrderAction = publicAction(schema, async ({ order: token }) => {
  const check = checked(token);
  if (!check.ok) return refused(check.code);
  const order = await db.order.findUnique({ where: { id: check.orderId } });
  if (!order || order.provider !== "TEST") return refused("NOT_TEST_ORDER");
  // A cancelled order's payment link is void (a payment would only be refunded again).
  if (order.status === "CANCELLED") return refusal("CANCELLED", TEST_PAYMENT_REFUSALS.CANCELLED);
  await settlePayment(
    {
      eventId: `test_paid_${order.id}`,
      eventType: "test.payment_succeeded",
      provider: "TEST",
      orderId: order.id,
      sessionId: order.providerSessionId,
      paymentId: `test_pi_${order.id}`,
      amountTotal: order.totalCents,
      currency: order.currency,
      shippingName: "Test Shopper",
      shippingAddress: { line1: "1 Test Street", city: "Springfield", postal_code: "12345", country: "US" },
    },
    paymentProvider(),
  );
  stockChanged();
  redirect(`/checkout/success?order=${encodeURIComponent(orderToken(order.id, "view", order.holdExpiresAt, authSecret()))}`);
});

export const cancelTestOrderAction = publicAction(schema, async ({ order: token }) => {
  const check = checked(token);
  if (!check.ok) return refused(check.code);
  await releaseOrder(check.orderId, "cancelled", new Date(), { eventId: `test_cancelled_${check.orderId}`, eventType: "test.cancelled", provider: "TEST" });
  stockChanged();
  redirect("/checkout/cancelled");
});
