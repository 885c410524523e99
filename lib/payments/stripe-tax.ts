// Stripe Tax on a Checkout Session: with automatic tax, Stripe adds sales tax, VAT or GST on top of our prices
// from the shipping address Checkout collects (https://docs.stripe.com/tax/checkout). Kept apart from the
// session's other parameters so that, without it, the request is exactly what it was before tax existed.
import type Stripe from "stripe";
import type { CheckoutRequest } from "./types";

type SessionParams = Stripe.Checkout.SessionCreateParams;

/**
 * Stripe's "Shipping" tax code: shipping is taxed where the destination taxes delivery charges.
 * Without it Stripe uses the preset shipping code of the account's tax settings.
 */
export const SHIPPING_TAX_CODE = "txcd_92010001";

/**
 * Our prices are before tax ("exclusive": Stripe adds the tax on top), as the cart says. Stripe needs a tax
 * behaviour on every price and shipping rate of a taxed session unless the account sets a default one.
 * Each line carries its product's tax code (null: the account's preset product code). Checkout computes tax
 * from the shipping address it already collects, and asks for a billing address only where it needs one;
 * customer_update matters only for sessions tied to a saved Customer, which ours never are.
 */
export function withStripeTax(params: SessionParams, request: CheckoutRequest): SessionParams {
  if (!request.automaticTax) return params;
  return {
    ...params,
    automatic_tax: { enabled: true },
    line_items: params.line_items?.map((item, index) => {
      const taxCode = request.lines[index]?.taxCode;
      const priceData = item.price_data!;
      return {
        ...item,
        price_data: {
          ...priceData,
          tax_behavior: "exclusive",
          product_data: { ...priceData.product_data!, ...(taxCode ? { tax_code: taxCode } : {}) },
        },
      };
    }),
    shipping_options: params.shipping_options?.map((option) =>
      option.shipping_rate_data ? { ...option, shipping_rate_data: { ...option.shipping_rate_data, tax_behavior: "exclusive", tax_code: SHIPPING_TAX_CODE } } : option,
    ),
  };
}

/** The tax in a session's amount_total (0 when Stripe Tax was off). */
export function sessionTaxCents(session: Pick<Stripe.Checkout.Session, "total_details">): number {
  return session.total_details?.amount_tax ?? 0;
}
