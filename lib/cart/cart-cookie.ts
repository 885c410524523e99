// A guest's cart is found by an httpOnly cookie holding the cart id and an HMAC of it, so a
// shopper cannot point the cookie at somebody else's cart by guessing ids.
import { env } from "../env";
import { signId, verifySignedId } from "../signing/signed-id";

export const CART_COOKIE = "uc_cart";
export const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;

export function signCartId(cartId: string, secret: string): string {
  return signId(cartId, { purpose: "cart", secret });
}

/** The cart id if the cookie is intact, else null. */
export function verifyCartCookie(value: string | undefined, secret: string): string | null {
  return verifySignedId(value, { purpose: "cart", secret, expiring: false });
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
