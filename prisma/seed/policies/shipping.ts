import type { SeedPolicyPage } from "./types";

export const shipping: SeedPolicyPage = {
  slug: "shipping",
  title: "Shipping",
  summary: "Where we deliver, what delivery costs, how long it usually takes and what to expect from customs.",
  body: `We send every UltraCare Pro device from our own warehouse to the **United States, Canada, the United Kingdom, the European Union, Australia and New Zealand**. If your country is not in the list in your cart, we cannot deliver there yet.

## What delivery costs and how long it takes

Delivery is priced by where the parcel goes. Choose your country in your cart: the cart shows the delivery charge and the usual delivery time before you pay, and the checkout page charges exactly that amount.

| Destination | Delivery | Free from | Usual delivery time |
| --- | --- | --- | --- |
| United States | $9.95 | $150 | 3 to 5 business days |
| Canada | $14.95 | $200 | 5 to 8 business days |
| United Kingdom and European Union | $19.95 | $250 | 5 to 10 business days |
| Australia and New Zealand | $24.95 | $300 | 7 to 12 business days |

"Free from" is your order's total after any discount code. Delivery times count from the day the parcel leaves us. Carriers do not promise them, and public holidays or customs checks can add a few days.

## When your order leaves us

An order paid on a business day usually leaves the warehouse within one or two business days. We e-mail you as soon as the carrier has it, with the carrier's name and a tracking number.

## Import charges

Prices are in US dollars and do not include sales tax, VAT, GST or import duty. For a parcel going outside the United States, the carrier or your customs office may ask you to pay these before it hands the parcel over. Your country sets them, not us, so we cannot refund them.

## Your delivery address

You enter your delivery address on the secure checkout page, in the country you chose in your cart. Please check it before you pay: once a parcel has left us, we cannot send it somewhere else. If you spot a mistake, [contact us](/policies/contact) straight away with your order number and we will correct it if the parcel is still with us.

## Late, lost or damaged parcels

If the tracking has not moved for seven days, or your parcel arrives damaged, [write to us](/policies/contact) with your order number and, for damage, a photo. We follow it up with the carrier, and if the parcel is lost or was broken on the way, we send a replacement or refund you in full.
`,
};
