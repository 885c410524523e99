import type { ShippingZone } from "./types";

/** The zone that ships to `country` (an ISO alpha-2 code, any case), or null when none does. Pure. */
export function zoneForCountry<Zone extends Pick<ShippingZone, "countries">>(zones: readonly Zone[], country: string): Zone | null {
  const code = country.trim().toUpperCase();
  return zones.find((zone) => zone.countries.includes(code)) ?? null;
}

/** Every country the zones ship to, in the zones' order, each once. */
export function shippedCountries(zones: readonly Pick<ShippingZone, "countries">[]): string[] {
  return [...new Set(zones.flatMap((zone) => zone.countries))];
}
