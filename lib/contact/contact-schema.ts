// What the contact form may send. Name and order number end up in the mail's subject, so they are single
// lines; the message is plain text of a size a person writes.
import { z } from "zod";

const singleLine = /^\P{Cc}*$/u; // no line breaks or other control characters

export const contactSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Tell us your name.")
    .max(100, "Use at most 100 characters.")
    .regex(singleLine, "Write your name on one line."),
  email: z.string().trim().max(254, "Use at most 254 characters.").pipe(z.email({ message: "Enter the e-mail address we should answer." })),
  orderNumber: z
    .string()
    .trim()
    .toUpperCase()
    .max(20, "Order numbers are shorter than that, like UC-7K3M9QX2.")
    .regex(/^(?:[A-Z0-9-]{4,20})?$/, "Enter the order number from your receipt, like UC-7K3M9QX2, or leave it empty.")
    .optional()
    .transform((value) => value || undefined),
  message: z.string().trim().min(10, "Write a message of at least 10 characters.").max(5000, "Use at most 5,000 characters."),
});

export type ContactInput = z.infer<typeof contactSchema>;
