import { likelyCountry } from "./likely-country";
import type { ShippingZone } from "./types";
import { shippedCountries, zoneForCountry } from "./zone-for-country";

export type Destination = {
  /** ISO alpha-2. */
  country: string;
  /** The zone shipping there; null when the shopper's stored choice is no longer shipped to. */
  zone: ShippingZone | null;
  /** True when the shopper chose it; false while it is the guess from the browser's languages. */
  chosen: boolean;
};

/**
 * Where a cart goes: the shopper's stored choice, else the likely country from their browser's languages
 * (lib/shipping/likely-country.ts). Null only when no zone is active at all. Pure: the cart view and the
 * checkout both decide with it, so the cart shows exactly what the checkout charges.
 */
export function resolveDestination(zones: readonly ShippingZone[], stored: string | null, acceptLanguage: string | null | undefined): Destination | null {
  if (stored) return { country: stored, zone: zoneForCountry(zones, stored), chosen: true };
  const guess = likelyCountry(acceptLanguage, shippedCountries(zones));
  return guess ? { country: guess, zone: zoneForCountry(zones, guess), chosen: false } : null;
}
