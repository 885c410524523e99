// Applying a code: it is stored on the cart only if it would discount this cart now; otherwise
// the cart is left as it was and the refusal says why. Tries are limited (coupon-tries.ts).
import { db } from "../db";
import { normalizeCouponCode, type CouponError } from "../pricing";
import { getCartView } from "./cart-view";
import { forgiveCouponTry, startCouponTry, type CouponTriesRefusal } from "./coupon-tries";

export type ApplyCouponResult = { ok: true; description: string } | ({ ok: false } & (CouponError | CouponTriesRefusal));

export async function applyCouponCode(
  cartId: string,
  rawCode: string,
  customer: { userId?: string; email?: string },
  client: { address: string },
  now = new Date(),
): Promise<ApplyCouponResult> {
  const attempt = await startCouponTry(cartId, client.address, now);
  if (!attempt.ok) return attempt;
  const code = normalizeCouponCode(rawCode);
  const view = await getCartView(cartId, customer, now, { couponCode: code });
  if (view.couponError) return { ok: false, ...view.couponError };
  if (!view.couponDescription) return { ok: false, code: "COUPON_NOT_APPLICABLE", couponCode: code };
  await db.cart.update({ where: { id: cartId }, data: { couponCode: code } });
  await forgiveCouponTry(attempt, now);
  return { ok: true, description: view.couponDescription };
}

export async function removeCouponCode(cartId: string): Promise<void> {
  await db.cart.update({ where: { id: cartId }, data: { couponCode: null } });
}
