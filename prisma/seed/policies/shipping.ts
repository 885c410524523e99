import type { SeedPolicyPage } from "./types";

export const shipping: SeedPolicyPage = {
  slug: "shipping",
  title: "Shipping",
  summary: "Where we deliver, what delivery costs, how long it usually takes and what to expect from customs.",
  body: `We send every UltraCare Pro device from our own warehouse to the **United States, Canada, the United Kingdom, the European Union, Australia and New Zealand**. If your country is not offered on the checkout page, we cannot deliver there yet.

## What delivery costs

- **Free** when your order comes to $150 or more after any discount code.
- **$9.95** for a smaller order, wherever it goes.

Your cart shows the delivery charge before you pay, and it is exactly what the checkout page charges.

## When your order leaves us

An order paid on a business day usually leaves the warehouse within one or two business days. We e-mail you as soon as the carrier has it, with the carrier's name and a tracking number.

## How long delivery takes

These are the usual times once the parcel has left us. Carriers do not promise them, and public holidays or customs checks can add a few days.

| Destination | Usual delivery time |
| --- | --- |
| United States | 3 to 7 business days |
| Canada | 5 to 10 business days |
| United Kingdom and European Union | 5 to 12 business days |
| Australia and New Zealand | 7 to 14 business days |

## Import charges

Prices are in US dollars and do not include sales tax, VAT, GST or import duty. For a parcel going outside the United States, the carrier or your customs office may ask you to pay these before it hands the parcel over. Your country sets them, not us, so we cannot refund them.

## Your delivery address

You enter your delivery address on the secure checkout page. Please check it before you pay: once a parcel has left us, we cannot send it somewhere else. If you spot a mistake, [contact us](/policies/contact) straight away with your order number and we will correct it if the parcel is still with us.

## Late, lost or damaged parcels

If the tracking has not moved for seven days, or your parcel arrives damaged, [write to us](/policies/contact) with your order number and, for damage, a photo. We follow it up with the carrier, and if the parcel is lost or was broken on the way, we send a replacement or refund you in full.
`,
};
