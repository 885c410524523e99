import type { SeedPolicyPage } from "./types";

export const contact: SeedPolicyPage = {
  slug: "contact",
  title: "Contact us",
  summary: "Questions about a device, an order, a return or a warranty claim? Write to us and a person answers within one business day.",
  body: `Our support team reads every message and answers Monday to Friday, 9:00 to 17:00, usually within one business day.

- **About an order?** Add the order number from your confirmation e-mail (it starts with UC-) so we can find it straight away.
- **Sending a device back?** Tell us which one; our [returns page](/policies/returns) explains the steps.
- **Something not working?** Describe what happens; our [warranty page](/policies/warranty) explains what is covered.
- **A question about cramps?** Our [guides](/learn) are a good place to start. We cannot give medical advice: for cramps that are severe, frequent or come with other symptoms, please see a doctor.

You can also write to us directly at care@ultracare.example.
`,
};
