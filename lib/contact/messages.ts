// What a shopper reads after writing to us, and the mail support receives.
import type { ContactInput } from "./contact-schema";

const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};

export const contactSentMessage = (email: string) =>
  `Thank you, your message is with our support team. We answer within one business day, by e-mail to ${email}.`;

export const contactRateLimited = (retryAfterSeconds: number) =>
  `You have sent several messages in a short time, so this one was not sent. Please try again in ${inMinutes(retryAfterSeconds)}, or reply to our last e-mail.`;

export function contactMail(input: ContactInput): { subject: string; text: string } {
  const about = input.orderNumber ? ` about order ${input.orderNumber}` : "";
  return {
    subject: `Contact form: ${input.name}${about}`,
    text: [
      `From: ${input.name} <${input.email}>`,
      `Order number: ${input.orderNumber ?? "none given"}`,
      "",
      input.message,
      "",
      "Sent through the store's contact form. Reply to this e-mail to answer the shopper.",
    ].join("\n"),
  };
}
