import type { SeedPolicyPage } from "./types";

export const terms: SeedPolicyPage = {
  slug: "terms",
  title: "Terms of sale",
  summary: "The agreement between you and UltraCare Pro when you buy from this store: prices, payment, delivery, returns, warranty and safe use.",
  body: `These terms apply when you buy from the UltraCare Pro online store. By paying for an order you accept them, together with our [shipping](/policies/shipping), [returns](/policies/returns), [warranty](/policies/warranty) and [privacy](/policies/privacy) pages. Please read them before you check out.

## Who you are buying from

This store is run by UltraCare Pro ("we", "us"). You can reach us at any time through our [contact page](/policies/contact).

## Prices and discount codes

- Prices are in US dollars. They do not include sales tax, VAT, GST or import duty; our [shipping page](/policies/shipping) explains these charges.
- One discount code per order. A code works only within its own conditions (its dates, the devices it covers, a minimum order, how often it may be used) and has no cash value.
- The amount you pay is the total shown on the checkout page. If a price was clearly a mistake, we tell you before shipping and you may cancel for a full refund.

## Your order

- When you check out, we set your devices (and a discount code that can be used a limited number of times) aside for 30 minutes while you pay. If payment has not arrived by then, they go back on sale.
- We accept your order when your payment is confirmed. You then receive a confirmation e-mail with your order number.
- In the rare case that a device sells out just as a late payment arrives, we tell you at once and refund you in full.

## Payment

Payment is taken by Stripe on its secure checkout page. We never see or store your card number.

## Delivery, returns and faults

- Where we deliver, what it costs and how long it takes: [shipping](/policies/shipping).
- Sending back a device within 30 days of delivery: [returns](/policies/returns).
- Faults that appear later: [warranty](/policies/warranty).

## Using your device safely

Our devices support comfort and recovery; they do not diagnose, treat or cure any disease, and our guides are general information, not medical advice. Read the guide that comes with your device before first use and follow it. If you are pregnant, have a circulation problem or a medical condition, check with your doctor before use, and see a doctor about cramps that are severe, frequent or come with other symptoms.

## Our responsibility to you

We are responsible for loss or damage you suffer that is a foreseeable result of our breaking these terms or failing to take reasonable care. We are not responsible for loss that could not be foreseen, or for business losses: our devices are sold for personal use. Nothing in these terms limits our responsibility where the law does not allow it to be limited, such as for death or personal injury caused by our negligence, or for fraud.

## Your legal rights

These terms do not affect the rights that consumer law in your country gives you.

## Changes to these terms

We may update these terms from time to time. The terms that apply to your order are the ones shown on this page on the day you pay; the date at the top shows when they last changed.
`,
};
