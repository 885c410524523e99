// The demo store's shipping zones. The shipping policy page (policies/shipping.ts) states these same rates
// and times: change them together.
import type { ShippingZone } from "../../lib/shipping/types";

export type SeedShippingZone = Omit<ShippingZone, "id">;

/** The 27 member states of the European Union. */
const EU_27 = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

/** In display order (sortOrder is the index). */
export const seedShippingZones: SeedShippingZone[] = [
  { name: "United States", countries: ["US"], rateCents: 995, freeShippingOverCents: 15000, minDays: 3, maxDays: 5 },
  { name: "Canada", countries: ["CA"], rateCents: 1495, freeShippingOverCents: 20000, minDays: 5, maxDays: 8 },
  { name: "United Kingdom and EU", countries: ["GB", ...EU_27], rateCents: 1995, freeShippingOverCents: 25000, minDays: 5, maxDays: 10 },
  { name: "Australia and New Zealand", countries: ["AU", "NZ"], rateCents: 2495, freeShippingOverCents: 30000, minDays: 7, maxDays: 12 },
];
