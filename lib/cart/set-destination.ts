// The shopper says where the order goes. Only a country some active zone ships to is stored; anything else
// (a country the store does not deliver to, a made-up code from a crafted form) is refused and the cart is
// left as it was.
import { db } from "../db";
import type { Refused, Result } from "../result";
import { loadActiveShippingZones, zoneForCountry } from "../shipping";

export type SetDestinationResult = Result<{ country: string }, Refused<"COUNTRY_NOT_SHIPPED">>;

export async function setDestinationCountry(cartId: string, rawCountry: string): Promise<SetDestinationResult> {
  const country = rawCountry.trim().toUpperCase();
  const zone = zoneForCountry(await loadActiveShippingZones(db), country);
  if (!zone) return { ok: false, code: "COUNTRY_NOT_SHIPPED" };
  await db.cart.update({ where: { id: cartId }, data: { destinationCountry: country } });
  return { ok: true, country };
}
