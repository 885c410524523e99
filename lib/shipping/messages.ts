// The shipping sentences shoppers read.
import { countryName } from "./country-names";
import { HOME_COUNTRY } from "./likely-country";
import type { DeliveryEstimate, ShippingZone } from "./types";
import { zoneForCountry } from "./zone-for-country";

const days = ({ minDays, maxDays }: DeliveryEstimate) =>
  minDays === maxDays ? `${maxDays} business ${maxDays === 1 ? "day" : "days"}` : `${minDays}–${maxDays} business days`;

/** "Delivery in 3–5 business days". */
export const deliveryEstimateText = (estimate: DeliveryEstimate) => `Delivery in ${days(estimate)}`;

/** "Ships to the United States in 3–5 business days". */
export function shipsToText(country: string, estimate: DeliveryEstimate): string {
  const name = countryName(country);
  // Names that read as a plural or a union take "the": the United States, the United Kingdom, the Netherlands.
  const article = /^(United|Netherlands|Philippines|Bahamas|Czech Republic)/.test(name) ? "the " : "";
  return `Ships to ${article}${name} in ${days(estimate)}`;
}

/**
 * The delivery line of cached pages, the same for every shopper: the home country's estimate, or null when the
 * store does not ship there (the page then only links the shipping policy).
 */
export function homeDeliveryText(zones: readonly ShippingZone[]): string | null {
  const zone = zoneForCountry(zones, HOME_COUNTRY);
  return zone && shipsToText(HOME_COUNTRY, zone);
}

export const SHIPPING_REFUSALS = {
  /** The chosen country is in no active zone (or not a country at all). */
  COUNTRY_NOT_SHIPPED: "We do not deliver to that country. Choose one from the list.",
} as const;

/** The cart's destination was chosen while the store shipped there, and no zone covers it any more. */
export const noLongerShippedText = (country: string) =>
  `We no longer deliver to ${countryName(country)}. Choose another country to check out.`;
