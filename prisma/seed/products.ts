// Demo catalog: the three devices with realistic prices, specs and stock. An admin edits them later.
import type { ProductSpecs } from "../../lib/catalog/spec-keys";
import { productCopy } from "./product-copy";

export type SeedProduct = {
  slug: "us111" | "ultragun" | "ultragun-pro";
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
  severity: "SEVERE" | "MILD_TO_MODERATE";
  lowStockThreshold: number;
  /** Every canonical key (lib/catalog/spec-keys.ts); migration 20261205000400 writes the same values. */
  specs: ProductSpecs;
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
    specs: {
      therapy: "Therapeutic ultrasound, 1 MHz",
      intensity: "5 levels",
      sessionTimer: "5, 10 or 15 minutes, stops by itself",
      battery: "Rechargeable, USB-C charging",
      weight: "310 g (control unit and applicator)",
      inTheBox: "Control unit, applicator, gel, pouch, guide",
      warranty: "2 years",
      askDoctorFirst: "You are pregnant, have a pacemaker or other implant, a circulation or bleeding disorder, or cancer",
    },
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
    specs: {
      therapy: "Percussive massage",
      intensity: "3 speeds",
      sessionTimer: "Stops by itself after 10 minutes",
      battery: "Up to 3 hours per charge",
      weight: "650 g",
      inTheBox: "Gun, 4 interchangeable heads, charging cable",
      warranty: "1 year",
      askDoctorFirst: "You are pregnant, have a circulation problem or another medical condition",
    },
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
    specs: {
      therapy: "Percussive massage",
      intensity: "6 speeds",
      sessionTimer: "Stops by itself after 10 minutes",
      battery: "Up to 6 hours per charge",
      weight: "720 g",
      inTheBox: "Gun, 6 interchangeable heads, carry case, charger",
      warranty: "2 years",
      askDoctorFirst: "You are pregnant, have a circulation problem or another medical condition",
    },
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
