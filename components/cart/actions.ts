"use server";
// The cart's server actions: they work as plain form posts (no JavaScript) and as enhanced forms.
// Prices, stock and discounts are decided on the server; the form sends only ids and quantities.

import { refresh } from "next/cache";
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
import { db } from "@/lib/db";
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
