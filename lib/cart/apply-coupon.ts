// Applying a code: it is stored on the cart only if it would discount this cart now; otherwise
// the cart is left as it was and the refusal says why.
import { db } from "../db";
import { normalizeCouponCode, type CouponError } from "../pricing";
import { getCartView } from "./cart-view";

export type ApplyCouponResult = { ok: true; description: string } | ({ ok: false } & CouponError);

export async function applyCouponCode(
  cartId: string,
  rawCode: string,
  customer: { userId?: string; email?: string },
  now = new Date(),
): Promise<ApplyCouponResult> {
  const code = normalizeCouponCode(rawCode);
  const view = await getCartView(cartId, customer, now, { couponCode: code });
  if (view.couponError) return { ok: false, ...view.couponError };
  if (!view.couponDescription) return { ok: false, code: "COUPON_NOT_APPLICABLE", couponCode: code };
  await db.cart.update({ where: { id: cartId }, data: { couponCode: code } });
  return { ok: true, description: view.couponDescription };
}

export async function removeCouponCode(cartId: string): Promise<void> {
  await db.cart.update({ where: { id: cartId }, data: { couponCode: null } });
}
