// Demo catalog: the three devices with realistic prices, specs and stock. An admin edits them later.
import { productCopy } from "./product-copy";

export type SeedProduct = {
  slug: "us111" | "ultragun" | "ultragun-pro";
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
  severity: "SEVERE" | "MILD_TO_MODERATE";
  lowStockThreshold: number;
  specs: { label: string; value: string }[];
  /** FLASHSALE's rate for this device, in percent. */
  flashSalePercent: number;
  /** Stripe Tax product tax code, sent with the line when STRIPE_TAX=1. */
  taxCode: string;
};

/**
 * Stripe's "General - Tangible Goods" code (txcd_99999999): the jurisdiction's standard rate. Stripe's
 * narrower "Durable medical equipment" code (txcd_32060001) covers equipment "generally not useful to a
 * person in the absence of illness or injury" (hospital beds, IV poles): massage guns are bought by healthy
 * people too, and US states that exempt such equipment mostly want a prescription, which this store does not
 * take. The standard rate never under-collects; an owner whose adviser says otherwise changes the column.
 * Codes: https://docs.stripe.com/tax/tax-codes
 */
export const DEVICE_TAX_CODE = "txcd_99999999";

export const seedProducts: SeedProduct[] = [
  {
    slug: "us111",
    sku: "UC-US111",
    name: "US111 Ultrasound Therapy",
    priceCents: 39900,
    stock: 24,
    severity: "SEVERE",
    lowStockThreshold: 5,
    flashSalePercent: 40,
    taxCode: DEVICE_TAX_CODE,
    specs: [
      { label: "Therapy", value: "Therapeutic ultrasound, 1 MHz" },
      { label: "Intensity", value: "Adjustable, 5 levels" },
      { label: "Session timer", value: "5, 10 or 15 minutes with auto stop" },
      { label: "Power", value: "Rechargeable battery, USB-C charging" },
      { label: "Weight", value: "310 g (control unit and applicator)" },
      { label: "In the box", value: "Control unit, applicator, gel, pouch, guide" },
      { label: "Warranty", value: "2 years" },
    ],
  },
  {
    slug: "ultragun",
    sku: "UC-UG1",
    name: "UltraGun",
    priceCents: 15900,
    stock: 60,
    severity: "MILD_TO_MODERATE",
    lowStockThreshold: 10,
    flashSalePercent: 75,
    taxCode: DEVICE_TAX_CODE,
    specs: [
      { label: "Therapy", value: "Percussive massage" },
      { label: "Speeds", value: "3" },
      { label: "Heads", value: "4 interchangeable" },
      { label: "Battery", value: "Up to 3 hours per charge" },
      { label: "Weight", value: "650 g" },
      { label: "Warranty", value: "1 year" },
    ],
  },
  {
    slug: "ultragun-pro",
    sku: "UC-UGPRO",
    name: "UltraGun PRO",
    priceCents: 24900,
    stock: 35,
    severity: "MILD_TO_MODERATE",
    lowStockThreshold: 8,
    flashSalePercent: 60,
    taxCode: DEVICE_TAX_CODE,
    specs: [
      { label: "Therapy", value: "Percussive massage" },
      { label: "Speeds", value: "6" },
      { label: "Heads", value: "6 interchangeable" },
      { label: "Battery", value: "Up to 6 hours per charge" },
      { label: "Weight", value: "720 g" },
      { label: "In the box", value: "Gun, heads, carry case, charger" },
      { label: "Warranty", value: "2 years" },
    ],
  },
];

export function productContent(slug: SeedProduct["slug"]) {
  const copy = productCopy[slug];
  return {
    tagline: copy.tagline,
    description: copy.description,
    bestFor: copy.bestFor,
    images: [`/images/products/${slug}.png`, `/images/products/${slug}-detail.png`],
  };
}
