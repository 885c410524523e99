import type { SeedPolicyPage } from "./types";

export const warranty: SeedPolicyPage = {
  slug: "warranty",
  title: "Warranty",
  summary: "Every device is covered against faults in materials and workmanship: two years for the US111 and the UltraGun PRO, one year for the UltraGun.",
  body: `We stand behind every device we sell. If a fault in materials or workmanship appears while your device is covered, we repair or replace it free of charge.

## How long the cover lasts

Cover starts on the day your device is delivered.

| Device | Warranty |
| --- | --- |
| US111 Ultrasound Therapy | 2 years |
| UltraGun PRO | 2 years |
| UltraGun | 1 year |

## What is covered

- A device that stops working, or does not work as its guide describes, after being used as the guide says.
- A charger, cable or other part that came in the box and fails.
- A battery that stops holding a charge long before it should. All batteries hold a little less charge as they age; that slow change is not a fault.

## What is not covered

- Damage from a drop or a knock, from water or other liquids, or from heat.
- Wear from normal use, such as scuffs, worn massage heads or used-up gel.
- Use the guide does not describe, a device opened or repaired by anyone but us, or parts not made for it.
- Loss or theft.

## How to make a claim

1. [Contact us](/policies/contact) with your order number, the device and what goes wrong. A short video or photo helps us see the problem quickly.
2. Many problems are solved by e-mail, so we may first suggest a few simple checks.
3. If the device needs to come back, we tell you where to send it and pay the postage. We repair or replace it and send it back, usually within 10 business days of receiving it. If we can do neither, we refund what you paid for it.

Keep your order confirmation e-mail: it is your proof of purchase. If you bought as a guest, you can also [find your order](/orders/lookup) with its number and your e-mail address.

## Your legal rights

This warranty comes on top of the rights the law of your country gives you, such as the legal guarantee in the United Kingdom and the European Union or the consumer guarantees of Australian and New Zealand law. It does not limit them.
`,
};
