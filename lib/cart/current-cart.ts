// Which cart this request is about: the account's cart when signed in (a guest cart found by the
// cookie is merged into it first), else the guest cart named by the signed cookie.
import "server-only";
import { cookies } from "next/headers";
import { getCurrentUser } from "../auth/current-user";
import { authSecret } from "../auth/secret";
import { db } from "../db";
import { CART_COOKIE, cartCookieOptions, signCartId, verifyCartCookie } from "./cart-cookie";
import { mergeGuestCart } from "./merge-carts";

async function guestCartIdFromCookie(): Promise<string | null> {
  return verifyCartCookie((await cookies()).get(CART_COOKIE)?.value, authSecret());
}

/** For reads (pages, the header badge): never creates anything, but merges a guest cart after sign-in. */
export async function findCurrentCartId(): Promise<string | null> {
  const [user, guestId] = await Promise.all([getCurrentUser(), guestCartIdFromCookie()]);
  if (user) {
    if (guestId) return mergeGuestCart(guestId, user.id);
    return (await db.cart.findUnique({ where: { userId: user.id }, select: { id: true } }))?.id ?? null;
  }
  if (!guestId) return null;
  const cart = await db.cart.findFirst({ where: { id: guestId, userId: null }, select: { id: true } });
  return cart?.id ?? null;
}

/** For writes (server actions only: it may set the cookie): the current cart, created when there is none. */
export async function ensureCurrentCartId(): Promise<string> {
  const existing = await findCurrentCartId();
  const user = await getCurrentUser();
  const jar = await cookies();
  if (user && jar.has(CART_COOKIE)) jar.delete(CART_COOKIE); // merged into the account's cart
  if (existing) return existing;
  if (user) {
    const cart = await db.cart.upsert({ where: { userId: user.id }, update: {}, create: { userId: user.id } });
    return cart.id;
  }
  const cart = await db.cart.create({ data: {} });
  jar.set(CART_COOKIE, signCartId(cart.id, authSecret()), cartCookieOptions());
  return cart.id;
}

export async function currentCustomer(): Promise<{ userId?: string; email?: string }> {
  const user = await getCurrentUser();
  return user ? { userId: user.id, email: user.email } : {};
}
