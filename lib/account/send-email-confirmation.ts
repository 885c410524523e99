// Mails a link that confirms an address for an account: a new account's own, or the new address an owner
// asked to change to (which becomes the account's only once confirmed).
import "server-only";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { sendMail } from "../mail/send-mail";
import { issueAccountToken } from "./account-tokens";
import { emailConfirmationMail } from "./messages";

export async function sendEmailConfirmation(
  client: Prisma.TransactionClient,
  { userId, email, now }: { userId: string; email: string; now?: Date },
): Promise<void> {
  const token = await issueAccountToken(client, { userId, purpose: "VERIFY_EMAIL", email, now });
  const link = new URL(`/verify-email?token=${token}`, env().APP_URL).toString();
  await sendMail({ to: email, ...emailConfirmationMail(link) });
}
