import type { ShippingRule } from "./types";

/**
 * What shipping a cart to a zone costs, given the cart's total after discount. Pure. Free from the zone's
 * threshold on (the amount itself included), never free when the zone has none.
 */
export function priceShipping(rule: ShippingRule, afterDiscountCents: number): number {
  const free = rule.freeShippingOverCents !== null && afterDiscountCents >= rule.freeShippingOverCents;
  return free ? 0 : rule.rateCents;
}
