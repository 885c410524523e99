// The shipping domain's own types. Money is integer cents; delivery times are business days.

/** What delivery to one zone costs: the pricing engine needs only this. */
export type ShippingRule = {
  rateCents: number;
  /** Orders whose total after discount reaches this amount ship free; null: never free. */
  freeShippingOverCents: number | null;
};

export type DeliveryEstimate = { minDays: number; maxDays: number };

export type ShippingZone = ShippingRule &
  DeliveryEstimate & {
    id: string;
    name: string;
    /** ISO 3166-1 alpha-2 codes, upper case. */
    countries: string[];
  };
