// Creates a customer account. The answer is the same whether the e-mail was free or taken, so
// sign-up cannot be used to find out who has an account; the owner of a taken address is told by e-mail.
import { sendMail } from "../mail/send-mail";
import { isUniqueViolation } from "../database/unique-violation";
import { db } from "../db";
import { ACCOUNT_EXISTS_MAIL } from "./messages";
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
    .create({ data: { email: input.email, name: input.name, passwordHash, role: "CUSTOMER" } })
    .then(() => true)
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return false; // unique e-mail: the account exists
      throw error;
    });
  if (!created) {
    await sendMail({ to: input.email, ...ACCOUNT_EXISTS_MAIL });
  }
  return { ok: true };
}
