// Stripe's "back" link from its payment page (the session's cancel_url). Ends the payment session and gives
// the order's stock and code back (lib/orders/cancel-checkout.ts), then shows the cancelled page; a paid
// order goes to its confirmation instead. Only the signed order link can cancel: a missing or forged one
// changes nothing and lands on the same page.
import { NextResponse } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { stockChanged } from "@/lib/catalog/stock-changed";
import { env } from "@/lib/env";
import { routeMethods } from "@/lib/http/route-methods";
import { requestLogger } from "@/lib/log/request-logger";
import { cancelCheckout } from "@/lib/orders/cancel-checkout";
import { verifyOrderToken } from "@/lib/orders/order-link";
import { paymentProvider } from "@/lib/payments/provider";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: cancel });

async function cancel(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("order") ?? undefined;
  const orderId = verifyOrderToken(token, authSecret());
  const to = (path: string) => NextResponse.redirect(new URL(path, env().APP_URL), 303);
  if (!orderId || !token) return to("/checkout/cancelled");
  try {
    const outcome = await cancelCheckout(orderId, paymentProvider());
    if (outcome === "released") stockChanged();
    if (outcome === "paid") return to(`/checkout/success?order=${encodeURIComponent(token)}`);
  } catch (error) {
    // The shopper still gets the page; the hold lapses by itself and the sweep gives it back.
    (await requestLogger()).error({ err: error, orderId }, "cancel: could not release the order");
  }
  return to("/checkout/cancelled");
}
