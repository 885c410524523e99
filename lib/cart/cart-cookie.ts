// A guest's cart is found by an httpOnly cookie holding the cart id and an HMAC of it, so a
// shopper cannot point the cookie at somebody else's cart by guessing ids.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env";

export const CART_COOKIE = "uc_cart";
export const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;

function signature(cartId: string, secret: string): string {
  return createHmac("sha256", secret).update(`cart:${cartId}`).digest("base64url");
}

export function signCartId(cartId: string, secret: string): string {
  return `${cartId}.${signature(cartId, secret)}`;
}

/** The cart id if the cookie is intact, else null. */
export function verifyCartCookie(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const cartId = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(cartId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? cartId : null;
}

/** Secure whenever the store is served over https (APP_URL), like next-auth's session and CSRF cookies. */
export function cartCookieOptions(appUrl = env().APP_URL) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: appUrl.startsWith("https://"),
    path: "/",
    maxAge: CART_COOKIE_MAX_AGE,
  };
}
