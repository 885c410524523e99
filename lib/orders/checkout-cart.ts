// "Check out" for the shopper of this request: their account or receipt e-mail, their cart, the payment
// provider this store takes payments through, then startCheckout. Every refusal is a value.
import "server-only";
import { getCurrentUser } from "../auth/current-user";
import { findCurrentCartId } from "../cart/current-cart";
import { clientAddress } from "../http/client-address";
import { requestLogger } from "../log/request-logger";
import { paymentProvider, TestPaymentsRefusedError } from "../payments/provider";
import { startCheckout, type StartCheckoutError } from "./start-checkout";

export type CheckoutCartError =
  | StartCheckoutError
  /** A guest gave no e-mail address for the receipt. */
  | { code: "EMAIL_REQUIRED" }
  /** No payment provider may be used (production without Stripe keys). */
  | { code: "PAYMENTS_OFF" };

export type CheckoutCartResult = { ok: true; redirectUrl: string; orderId: string; stockShownChanged: boolean } | ({ ok: false } & CheckoutCartError);

/**
 * `email` is the receipt address a guest typed; a signed-in shopper's own address wins. `acceptLanguage` is the
 * request's header: the destination while the shopper has chosen none, as the cart page guessed it.
 */
export async function checkoutCart(input: { email?: string; acceptLanguage?: string | null }): Promise<CheckoutCartResult> {
  let user, cartId, address;
  try {
    // The connection's own address (or a trusted proxy's report of it): unpaid checkouts and checkout starts
    // are capped per address, so a script cannot hoard the sale from fresh cookie jars.
    address = await clientAddress();
    user = await getCurrentUser();
    cartId = await findCurrentCartId();
  } catch (error) {
    // The database is unreachable: a retry, not a crash (startCheckout answers the same way).
    (await requestLogger()).error({ err: error }, "checkout: could not read the shopper or cart");
    return { ok: false, code: "STORE_UNAVAILABLE" };
  }
  const email = user?.email ?? input.email;
  if (!email) return { ok: false, code: "EMAIL_REQUIRED" };
  if (!cartId) return { ok: false, code: "CART_EMPTY" };
  let provider;
  try {
    provider = paymentProvider();
  } catch (error) {
    if (!(error instanceof TestPaymentsRefusedError)) throw error;
    (await requestLogger()).error({ err: error }, "checkout: payments are not configured");
    return { ok: false, code: "PAYMENTS_OFF" };
  }
  return startCheckout(cartId, { userId: user?.id, email, clientAddress: address, acceptLanguage: input.acceptLanguage }, provider);
}
