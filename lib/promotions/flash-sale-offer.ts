import { percentOfCents } from "../pricing";
import { isLive } from "./is-live";
import type { FlashSale, FlashSaleOffer } from "./types";

/** The flash-sale price of one unit of a product, or null when the sale is not live or skips the product. */
export function flashSaleOffer(
  sale: FlashSale | null,
  product: { id: string; priceCents: number },
  now: Date,
): FlashSaleOffer | null {
  if (!sale || !isLive(sale, now)) return null;
  const percentOff = sale.rates[product.id];
  if (!percentOff) return null;
  const savingsCents = percentOfCents(product.priceCents, percentOff);
  return {
    code: sale.code,
    percentOff,
    salePriceCents: product.priceCents - savingsCents,
    savingsCents,
    endsAt: sale.endsAt,
  };
}
