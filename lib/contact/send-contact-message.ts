// Mails a contact-form message to support, limited per client address so the form cannot be used to flood
// the support mailbox. The message is not stored in the database: the mail is the record. Without SMTP_URL it
// is written to the outbox (DATA_DIR/mail); with SMTP the copy is the mail in the support mailbox itself.
import "server-only";
import { hitRateLimit } from "../auth/rate-limit";
import { env } from "../env";
import { sendMail } from "../mail/send-mail";
import type { Refused, Result } from "../result";
import type { ContactInput } from "./contact-schema";
import { contactMail } from "./messages";

/** A person with a real question writes a few times an hour at most. */
export const CONTACT_LIMIT = { limit: 5, windowSeconds: 3600 };

export type SendContactMessageResult = Result<object, Refused<"RATE_LIMITED", { retryAfterSeconds: number }>>;

/** Where contact messages go: SUPPORT_EMAIL, else the address the store writes from. */
export function supportAddress(): string {
  const { SUPPORT_EMAIL, MAIL_FROM } = env();
  return SUPPORT_EMAIL ?? MAIL_FROM;
}

export async function sendContactMessage(input: ContactInput, context: { ip: string }): Promise<SendContactMessageResult> {
  const limit = await hitRateLimit(`contact:ip:${context.ip}`, CONTACT_LIMIT);
  if (!limit.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  await sendMail({ to: supportAddress(), replyTo: input.email, ...contactMail(input) });
  return { ok: true };
}
