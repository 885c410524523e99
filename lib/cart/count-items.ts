// The number the header's cart badge shows: units, not lines (2 × UltraGun and 1 × US111 is 3).
import "server-only";
import { db } from "../db";
import { findCurrentCartId } from "./current-cart";

export async function countCartItems(cartId: string): Promise<number> {
  const { _sum } = await db.cartLine.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return _sum.quantity ?? 0;
}

/** The current visitor's cart (see findCurrentCartId); 0 when there is none. */
export async function countCurrentCartItems(): Promise<number> {
  const cartId = await findCurrentCartId();
  return cartId ? countCartItems(cartId) : 0;
}
