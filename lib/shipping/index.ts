export { countryName, countryOptions, isCountryCode } from "./country-names";
export { HOME_COUNTRY, likelyCountry } from "./likely-country";
export { listShippingZones } from "./list-shipping-zones";
export { loadActiveShippingZones } from "./load-shipping-zones";
export { deliveryEstimateText, homeDeliveryText, noLongerShippedText, SHIPPING_REFUSALS, shipsToText } from "./messages";
export { priceShipping } from "./price-shipping";
export { resolveDestination, type Destination } from "./resolve-destination";
export type { DeliveryEstimate, ShippingRule, ShippingZone } from "./types";
export { shippedCountries, zoneForCountry } from "./zone-for-country";
