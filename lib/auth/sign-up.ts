// Creates a customer account and mails it a confirmation link; until the link is followed the account can
// shop but its e-mail does not count as verified. The answer is the same whether the e-mail was free or
// taken, so sign-up cannot be used to find out who has an account: the owner of a taken address is told by
// e-mail instead. Sign-up never signs in (signing in only new addresses would tell them apart).
import { sendEmailConfirmation } from "../account/send-email-confirmation";
import { sendMail } from "../mail/send-mail";
import { isUniqueViolation } from "../database/unique-violation";
import { db } from "../db";
import { env } from "../env";
import { accountExistsMail } from "./messages";
import { hashPassword } from "./password";
import { hitRateLimit } from "./rate-limit";
import type { SignUpInput } from "./schemas";

export const SIGN_UP_LIMIT = { limit: 10, windowSeconds: 3600 };

export type SignUpResult = { ok: true } | { ok: false; code: "RATE_LIMITED"; retryAfterSeconds: number };

export async function signUp(input: SignUpInput, context: { ip: string }): Promise<SignUpResult> {
  const limit = await hitRateLimit(`signup:ip:${context.ip}`, SIGN_UP_LIMIT);
  if (!limit.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };

  const passwordHash = await hashPassword(input.password); // hashed either way: same timing for taken e-mails
  const created = await db.user
    .create({ data: { email: input.email, name: input.name, passwordHash, role: "CUSTOMER" }, select: { id: true } })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return null; // unique e-mail: the account exists
      throw error;
    });
  // One mail either way, so both answers take about as long.
  if (created) await sendEmailConfirmation(db, { userId: created.id, email: input.email });
  else await sendMail({ to: input.email, ...accountExistsMail(new URL("/forgot-password", env().APP_URL).toString()) });
  return { ok: true };
}
