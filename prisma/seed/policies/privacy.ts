import type { SeedPolicyPage } from "./types";

export const privacy: SeedPolicyPage = {
  slug: "privacy",
  title: "Privacy",
  summary: "What we keep about you, why, for how long, and which companies handle it for us. We do not sell your data and use no advertising trackers.",
  body: `This page explains what UltraCare Pro keeps about you when you use this store, why, for how long, and which other companies handle it for us. We keep only what we need to sell, deliver and support your devices. We do not sell your data, and the store has no advertising or analytics trackers.

UltraCare Pro is responsible for the data described here. For any question about it, use our [contact page](/policies/contact).

## What we keep, why and for how long

### Your account

- **What:** Your e-mail address, your name if you give it, your password in scrambled (hashed) form that nobody can read, and when you joined.
- **Why:** So you can sign in, see your orders and keep your cart on any device.
- **How long:** Until you ask us to delete your account.

### Google or GitHub sign-in

- **What:** If you choose it, your account number at that service and the sign-in keys it gives us.
- **Why:** To recognise you when you sign in that way.
- **How long:** Until you delete your account.

### Your cart

- **What:** The devices in it, how many, and any discount code.
- **Why:** So your cart is still there when you come back.
- **How long:** Deleted automatically once nobody has changed it for 60 days.

### Your orders

- **What:** Order number, e-mail address, what you bought and what you paid, the discount code used, the delivery name and address, the carrier and tracking number, and the order's history (paid, shipped, refunded).
- **Why:** To deliver your order, answer questions about it, handle returns and warranty claims, and keep the accounts the law requires.
- **How long:** As long as tax and accounting law requires us to keep business records, which is several years.

### Discount code use

- **What:** Which code an order used, linked to your account or e-mail.
- **Why:** To apply a code's limits, such as once per customer.
- **How long:** As long as the order it belongs to.

### Payment references

- **What:** The numbers Stripe gives your checkout and your payment.
- **Why:** To match Stripe's confirmation or refund to your order.
- **How long:** As long as the order they belong to.

### Attempt counters

- **What:** Your internet (IP) address, or the e-mail typed into the sign-in form, with a count of recent tries.
- **Why:** To stop password guessing and floods of messages or orders.
- **How long:** Deleted once their short time window, from minutes to an hour, has ended.

### Messages you send through the contact form

- **What:** Your name, e-mail, order number and message.
- **Why:** To answer you.
- **How long:** Kept in our support mailbox while we help you, and as long as the order they are about. They are not stored in the store's database.

### Staff changes

- **What:** When our staff change something, such as marking your order shipped or refunding it: who did it and what changed.
- **Why:** So mistakes can be traced and put right.
- **How long:** Kept with our business records.

**Your card details never reach us.** You type them on Stripe's checkout page, and Stripe keeps them.

## Cookies

The store sets only the cookies it needs to work:

- a **cart cookie**, signed so it cannot be forged, which finds your cart again (30 days);
- **sign-in cookies**, which keep you signed in (up to 30 days, or until you sign out) and protect the sign-in form.

Because they are needed for the store to work, we do not ask before setting them. We set no other cookies, and we do not let other companies set any.

## Who else handles your data

- **Stripe** takes your payment. On its checkout page you give your card, your e-mail and your delivery address. Stripe sends us the address and confirms the payment; it never sends us your card number. What Stripe keeps is covered by [Stripe's privacy policy](https://stripe.com/privacy).
- **Our e-mail provider** sends your order confirmation, shipping notice and our answers, and delivers the messages you send through the contact form to our support mailbox. It handles the address and the content of each e-mail.
- **Our hosting and database provider** runs the servers and the database where everything in the table above is kept.
- **Carriers** receive your name and delivery address to bring your parcel.
- **Google or GitHub**, only if you choose to sign in with them.

These companies act on our instructions and may use your data only to provide their service to us. Some of them are based in the United States. When your data leaves the United Kingdom or the European Union, we rely on the protections the law requires for such transfers, such as standard contractual clauses.

## Technical logs

Our servers write short technical records of requests and errors so that we can find and fix faults. Passwords, card data, sign-in keys and similar secrets are removed before anything is written, and the records are kept only as long as we need them to investigate problems.

## Your rights

You can ask us for a copy of the data we keep about you, ask us to correct it or delete it, or object to how we use it. Write to us through the [contact page](/policies/contact) from the e-mail address your data is kept under, and we answer within one month. We delete your account and cart on request; orders we must keep for our accounts are kept only for that purpose until the law allows us to delete them.

If you live in the United Kingdom or the European Union and are unhappy with our answer, you can complain to your data protection authority, such as the Information Commissioner's Office in the United Kingdom.

## Changes to this page

When we change how we handle your data, we update this page first. The date at the top shows when it last changed.
`,
};
