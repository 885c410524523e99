// Whether Stripe Tax adds tax at checkout, decided in one place: the checkout request, the cart's and the
// receipt's sentence about tax, and whether order pages show a Tax row all follow from it.
import { env } from "../env";
import { TAX_NOTICES } from "./messages";

/** `stripe`: Stripe Checkout computes tax (STRIPE_TAX=1 with a Stripe key). `excluded`: prices are shown without tax. */
export type TaxMode = keyof typeof TAX_NOTICES;

export function taxMode(): TaxMode {
  const config = env();
  return config.STRIPE_SECRET_KEY && config.STRIPE_TAX === "1" ? "stripe" : "excluded";
}

/** The one sentence a shopper reads about tax in the cart and on the receipt. */
export function taxNotice(): string {
  return TAX_NOTICES[taxMode()];
}

/** An order shows a Tax row when tax was charged, or while Stripe Tax is on (then even a zero is news). */
export function showsTax(taxCents: number): boolean {
  return taxCents > 0 || taxMode() === "stripe";
}
