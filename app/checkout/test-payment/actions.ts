"use server";
// The test provider's buttons. They run the same order code as Stripe's webhook events.

import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { authSecret } from "@/lib/auth/secret";
import { stockChanged } from "@/lib/catalog/stock-changed";
import { db } from "@/lib/db";
import { releaseOrder, settlePayment } from "@/lib/orders";
import { orderToken, verifyOrderToken } from "@/lib/orders/order-link";
import { isTestPaymentsAllowed, paymentProvider } from "@/lib/payments/provider";

const schema = z.object({ order: z.string().min(1).max(200) });

function checked(token: string) {
  if (!isTestPaymentsAllowed()) return { error: "Test payments are switched off on this store." } as const;
  const orderId = verifyOrderToken(token, "pay", authSecret());
  return orderId ? ({ orderId } as const) : ({ error: "This payment link is not valid or has expired." } as const);
}

export const payTestOrderAction = publicAction(schema, async ({ order: token }) => {
  const check = checked(token);
  if ("error" in check) return { ok: false, code: "REFUSED", formError: check.error };
  const order = await db.order.findUnique({ where: { id: check.orderId } });
  if (!order || order.provider !== "TEST") return { ok: false, code: "REFUSED", formError: "This order is not a test payment." };
  // A cancelled order's payment link is void (a payment would only be refunded again).
  if (order.status === "CANCELLED") return { ok: false, code: "CANCELLED", formError: "This order was cancelled, so it can no longer be paid. Nothing was charged." };
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
  if ("error" in check) return { ok: false, code: "REFUSED", formError: check.error };
  await releaseOrder(check.orderId, "cancelled", new Date(), { eventId: `test_cancelled_${check.orderId}`, eventType: "test.cancelled", provider: "TEST" });
  stockChanged();
  redirect("/checkout/cancelled");
});
