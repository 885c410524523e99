// Creates a customer account. The answer is the same whether the e-mail was free or taken, so
// sign-up cannot be used to find out who has an account; the owner of a taken address is told by e-mail.
import { sendMail } from "../mail/send-mail";
import { db } from "../db";
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
    .catch((error: { code?: string }) => {
      if (error.code === "P2002") return false; // unique e-mail: the account exists
      throw error;
    });
  if (!created) {
    await sendMail({
      to: input.email,
      subject: "Someone tried to create an account with your e-mail",
      text: "Someone tried to create an UltraCare Pro account with this e-mail address, which already has one. If it was you, sign in instead. If not, you can ignore this message.",
    });
  }
  return { ok: true };
}
