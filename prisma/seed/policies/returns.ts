import type { SeedPolicyPage } from "./types";

export const returns: SeedPolicyPage = {
  slug: "returns",
  title: "Returns",
  summary: "Changed your mind? Send an unused device back within 30 days of delivery and we refund what you paid for it.",
  body: `If a device turns out not to be right for you, send it back within **30 days of delivery** and we refund what you paid for it.

## What you can send back

- A device that is unused, complete and in its original packaging, with everything that came in the box.
- A device that arrived faulty or damaged, or that is not what you ordered, whatever its state. For a fault that appears later, see our [warranty](/policies/warranty).

## How to return a device

1. Within 30 days of delivery, open your order (the "View your order" link in your confirmation e-mail, or Orders in your account) and choose **Request a return**: which devices, how many, and, if you like, why. You do not have to give a reason. No access to the e-mail? [Contact us](/policies/contact) with your order number.
2. We answer by e-mail within one business day. Once we approve the return, that e-mail gives the return address and what to write on the parcel.
3. Pack the device in its original box with its accessories, and send it with a tracked service. Keep the postage receipt until your refund arrives.

## Your refund

We refund within 14 days of receiving the device, to the card or payment method you paid with. Your bank may take a few more days to show it, and we e-mail you when the refund is made.

- You get back the price you paid for the device, after any discount code.
- The delivery charge is refunded too when you return the whole order, or when the device was faulty, damaged or not what you ordered.
- You pay the return postage, unless the device was faulty, damaged or not what you ordered. In that case we pay it and tell you how to send the parcel.

## Your legal rights

This policy adds to the rights the law of your country gives you and takes none of them away. In the United Kingdom and the European Union, for example, you may cancel an online order within 14 days of delivery without giving a reason; our 30 days include those 14.
`,
};
