"use server";
// The cart's server actions: they work as plain form posts (no JavaScript) and as enhanced forms.
// Prices, stock and discounts are decided on the server; the form sends only ids and quantities.

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import {
  addLine,
  applyCouponCode,
  currentCustomer,
  ensureCurrentCartId,
  MAX_PER_LINE,
  removeCouponCode,
  removeLine,
  setLineQuantity,
} from "@/lib/cart";
import { cartErrorMessage } from "@/lib/cart/cart-messages";
import { getCurrentUser } from "@/lib/auth";
import { findCurrentCartId } from "@/lib/cart";
import { stockChanged } from "@/lib/catalog/stock-changed";
import { db } from "@/lib/db";
import { startCheckout, type StartCheckoutError } from "@/lib/orders";
import { paymentProvider, TestPaymentsRefusedError } from "@/lib/payments/provider";
import { couponErrorMessage } from "@/lib/pricing";

const productId = z.string().trim().min(1, "Choose a device.").max(64);
const quantity = z.coerce
  .number({ message: "Choose a quantity." })
  .int("Choose a whole number.")
  .min(1, "Choose at least 1.")
  .max(MAX_PER_LINE, `You can buy at most ${MAX_PER_LINE} per order.`);

async function productName(id: string) {
  return (await db.product.findUnique({ where: { id }, select: { name: true } }))?.name;
}

export const addToCartAction = publicAction(z.object({ productId, quantity: quantity.default(1) }), async (input) => {
  const cartId = await ensureCurrentCartId();
  const result = await addLine(cartId, input.productId, input.quantity);
  refresh();
  const name = await productName(input.productId);
  if (!result.ok) return { ok: false, code: result.error.code, formError: cartErrorMessage(result.error, name) };
  return { ok: true, data: undefined, message: `Added ${input.quantity} × ${name} to your cart.` };
});

export const updateQuantityAction = publicAction(z.object({ productId, quantity }), async (input) => {
  const cartId = await ensureCurrentCartId();
  const result = await setLineQuantity(cartId, input.productId, input.quantity);
  refresh();
  if (!result.ok) {
    return { ok: false, code: result.error.code, formError: cartErrorMessage(result.error, await productName(input.productId)) };
  }
  return { ok: true, data: undefined };
});

export const removeLineAction = publicAction(z.object({ productId }), async (input) => {
  const cartId = await ensureCurrentCartId();
  await removeLine(cartId, input.productId);
  refresh();
  return { ok: true, data: undefined };
});

export const applyCouponAction = publicAction(
  z.object({ code: z.string({ message: "Enter a code." }).trim().min(1, "Enter a code.").max(40, "That code is too long.") }),
  async (input) => {
    const cartId = await ensureCurrentCartId();
    const result = await applyCouponCode(cartId, input.code, await currentCustomer());
    refresh();
    if (!result.ok) return { ok: false, code: result.error.code, fieldErrors: { code: [couponErrorMessage(result.error)] } };
    return { ok: true, data: undefined, message: `${result.description} applied.` };
  },
);

export const removeCouponAction = publicAction(z.object({}), async () => {
  const cartId = await ensureCurrentCartId();
  await removeCouponCode(cartId);
  refresh();
  return { ok: true, data: undefined };
});

const checkoutSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email({ message: "Enter the e-mail address for your receipt." })).optional(),
});

function checkoutErrorMessage(error: StartCheckoutError): string {
  switch (error.code) {
    case "CART_EMPTY":
      return "Your cart is empty.";
    case "CART_NEEDS_ATTENTION":
      return "Some items in your cart need your attention first.";
    case "OUT_OF_STOCK":
      return error.available > 0
        ? `Only ${error.available} left of ${error.productName}. Lower the quantity and try again; nothing was charged.`
        : `${error.productName} has just sold out. Remove it to continue; nothing was charged.`;
    case "COUPON":
      return `${couponErrorMessage(error.error)} Remove the code to continue.`;
    case "PAYMENT_UNAVAILABLE":
      return "We could not open the payment page just now. Nothing was charged and your cart is unchanged; please try again.";
    case "STORE_UNAVAILABLE":
      return STORE_UNAVAILABLE_MESSAGE;
    case "TOO_MANY_CHECKOUTS":
      return `You already have ${error.limit} unpaid checkouts open. Pay or cancel one of them, or wait until its hold ends, then try again; nothing was charged.`;
    case "RATE_LIMITED":
      return `Too many checkouts were started from your connection just now. Please wait ${Math.ceil(error.retryAfterSeconds / 60)} minute${error.retryAfterSeconds > 60 ? "s" : ""} and try again; nothing was charged.`;
  }
}

const STORE_UNAVAILABLE_MESSAGE = "We could not place your order just now. Nothing was charged or reserved and your cart is unchanged; please try again in a moment.";

export const checkoutAction = publicAction(checkoutSchema, async (input) => {
  let user, cartId;
  try {
    user = await getCurrentUser();
    cartId = await findCurrentCartId();
  } catch (error) {
    // The database is unreachable: say so as a retry, not as a crash (startCheckout does the same below).
    console.error("checkout: could not read the shopper or cart", error);
    return { ok: false, code: "STORE_UNAVAILABLE", formError: STORE_UNAVAILABLE_MESSAGE };
  }
  const email = user?.email ?? input.email;
  if (!email) return { ok: false, code: "INVALID_INPUT", fieldErrors: { email: ["Enter the e-mail address for your receipt."] } };
  if (!cartId) return { ok: false, code: "CART_EMPTY", formError: "Your cart is empty." };
  let provider;
  try {
    provider = paymentProvider();
  } catch (error) {
    if (!(error instanceof TestPaymentsRefusedError)) throw error;
    console.error(error.message);
    return { ok: false, code: "PAYMENTS_OFF", formError: "Payments are not available right now. Please try again later." };
  }
  const result = await startCheckout(cartId, { userId: user?.id, email }, provider);
  if (!result.ok) {
    // A down database could not render the refreshed cart either: then only the message is sent.
    if (result.error.code !== "STORE_UNAVAILABLE") refresh();
    return { ok: false, code: result.error.code, formError: checkoutErrorMessage(result.error) };
  }
  if (result.stockShownChanged) stockChanged();
  redirect(result.redirectUrl);
});
