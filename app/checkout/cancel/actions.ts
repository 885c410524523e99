"use server";
// The "Cancel order" button of /checkout/cancel. Only a post from the store's own page, with an order link
// still valid for paying and cancelling, ends the payment session and gives the order's stock and code
// back (lib/orders/cancel-checkout.ts); a paid order goes to its confirmation. A forged or expired link
// changes nothing.

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { authSecret } from "@/lib/auth/secret";
import { stockChanged } from "@/lib/catalog/stock-changed";
import { env } from "@/lib/env";
import { isSameOrigin } from "@/lib/http/same-origin";
import { requestLogger } from "@/lib/log/request-logger";
import { cancelCheckout } from "@/lib/orders/cancel-checkout";
import { getOrderViewById } from "@/lib/orders/get-order-view";
import { orderToken, verifyOrderToken } from "@/lib/orders/order-link";
import { paymentProvider } from "@/lib/payments/provider";

const schema = z.object({ order: z.string().min(1).max(300) });

export const cancelOrderAction = publicAction(schema, async ({ order: token }) => {
  if (!isSameOrigin(await headers(), env().APP_URL)) return { ok: false, code: "FORBIDDEN", formError: "Cancel your order from the store's own page." };
  const orderId = verifyOrderToken(token, "pay", authSecret());
  if (!orderId) return { ok: false, code: "LINK_EXPIRED", formError: "This link has expired, so the order was not changed. An unpaid order is released by itself when its payment window closes." };
  let paid = false;
  try {
    const outcome = await cancelCheckout(orderId, paymentProvider());
    if (outcome === "released") stockChanged();
    paid = outcome === "paid";
  } catch (error) {
    // The shopper still gets the page; the hold lapses by itself and the sweep gives it back.
    (await requestLogger()).error({ err: error, orderId }, "cancel: could not release the order");
  }
  const order = paid ? await getOrderViewById(orderId) : null;
  redirect(order ? `/checkout/success?order=${encodeURIComponent(orderToken(order.id, "view", order.holdExpiresAt, authSecret()))}` : "/checkout/cancelled");
});
