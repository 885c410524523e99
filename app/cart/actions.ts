"use server";
// The cart's server actions: they work as plain form posts (no JavaScript) and as enhanced forms.
// Prices, stock and discounts are decided on the server; the form sends only ids and quantities.

import { refresh } from "next/cache";
import { headers } from "next/headers";
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
  setDestinationCountry,
  setLineQuantity,
} from "@/lib/cart";
import {
  addedToCartMessage,
  applyCouponErrorMessage,
  CART_INPUT_MESSAGES as say,
  cartErrorMessage,
  couponAppliedMessage,
} from "@/lib/cart/messages";
import { findProductName } from "@/lib/catalog";
import { stockChanged } from "@/lib/catalog/stock-changed";
import { checkoutCart } from "@/lib/orders";
import { checkoutErrorMessage, RECEIPT_EMAIL_REQUIRED_MESSAGE } from "@/lib/orders/messages";
import { clientAddress } from "@/lib/http/client-address";
import { SHIPPING_REFUSALS } from "@/lib/shipping/messages";

const productId = z.string().trim().min(1, say.productRequired).max(64);
const quantity = z.coerce
  .number({ message: say.quantityRequired })
  .int(say.quantityWhole)
  .min(1, say.quantityMin)
  .max(MAX_PER_LINE, say.quantityMax(MAX_PER_LINE));

export const addToCartAction = publicAction(z.object({ productId, quantity: quantity.default(1) }), async (input) => {
  const cartId = await ensureCurrentCartId();
  const result = await addLine(cartId, input.productId, input.quantity);
  refresh();
  const name = (await findProductName(input.productId)) ?? undefined;
  if (!result.ok) return { ok: false, code: result.code, formError: cartErrorMessage(result, name) };
  return { ok: true, data: undefined, message: addedToCartMessage(input.quantity, name) };
});

export const updateQuantityAction = publicAction(z.object({ productId, quantity }), async (input) => {
  const cartId = await ensureCurrentCartId();
  const result = await setLineQuantity(cartId, input.productId, input.quantity);
  refresh();
  if (!result.ok) {
    return { ok: false, code: result.code, formError: cartErrorMessage(result, (await findProductName(input.productId)) ?? undefined) };
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
  z.object({ code: z.string({ message: say.codeRequired }).trim().min(1, say.codeRequired).max(40, say.codeTooLong) }),
  async (input) => {
    const cartId = await ensureCurrentCartId();
    const result = await applyCouponCode(cartId, input.code, await currentCustomer(), { address: await clientAddress() });
    refresh();
    if (!result.ok) return { ok: false, code: result.code, fieldErrors: { code: [applyCouponErrorMessage(result)] } };
    return { ok: true, data: undefined, message: couponAppliedMessage(result.description) };
  },
);

export const removeCouponAction = publicAction(z.object({}), async () => {
  const cartId = await ensureCurrentCartId();
  await removeCouponCode(cartId);
  refresh();
  return { ok: true, data: undefined };
});

// Any two letters reach lib/cart, which stores only a country an active zone ships to.
const destinationSchema = z.object({ country: z.string({ message: say.countryRequired }).trim().regex(/^[A-Za-z]{2}$/, say.countryRequired) });

export const setDestinationAction = publicAction(destinationSchema, async (input) => {
  const cartId = await ensureCurrentCartId();
  const result = await setDestinationCountry(cartId, input.country);
  if (!result.ok) return { ok: false, code: result.code, fieldErrors: { country: [SHIPPING_REFUSALS[result.code]] } };
  refresh();
  return { ok: true, data: undefined };
});

const checkoutSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email({ message: RECEIPT_EMAIL_REQUIRED_MESSAGE })).optional(),
});

export const checkoutAction = publicAction(checkoutSchema, async (input) => {
  const result = await checkoutCart({ ...input, acceptLanguage: (await headers()).get("accept-language") });
  if (!result.ok) {
    if (result.code === "EMAIL_REQUIRED") return { ok: false, code: "INVALID_INPUT", fieldErrors: { email: [checkoutErrorMessage(result)] } };
    // A down database could not render the refreshed cart either: then only the message is sent.
    if (result.code !== "STORE_UNAVAILABLE") refresh();
    return { ok: false, code: result.code, formError: checkoutErrorMessage(result) };
  }
  // Only when a product page would show another stock state or count: a checkout alone purges no cache.
  if (result.stockShownChanged) stockChanged();
  redirect(result.redirectUrl);
});
