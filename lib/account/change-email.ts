// Asking to change the account's e-mail: the new address gets a confirmation link and becomes the account's
// only when it is followed (lib/account/confirm-email.ts); the old address is told at once, so an owner
// whose session was taken over hears of it. A taken new address gets the same answer (so this cannot probe
// for accounts); its owner is told instead of being sent a link.
import "server-only";
import { db } from "../db";
import { hitRateLimit, type RateLimitRule } from "../auth/rate-limit";
import { sendMail } from "../mail/send-mail";
import type { Result, Refused } from "../result";
import { checkCurrentPassword, type PasswordCheck } from "./check-current-password";
import { emailChangeNoticeMail, emailChangeRefusedMail } from "./messages";
import { sendEmailConfirmation } from "./send-email-confirmation";

export const EMAIL_CHANGE_LIMIT = { limit: 3, windowSeconds: 60 * 60 } satisfies RateLimitRule;

export type ChangeEmailResult = Result<
  object,
  Exclude<PasswordCheck, { ok: true }> | Refused<"SAME_EMAIL">
>;

export async function requestEmailChange(userId: string, input: { newEmail: string; currentPassword: string }): Promise<ChangeEmailResult> {
  const check = await checkCurrentPassword(userId, input.currentPassword);
  if (!check.ok) return check;
  if (input.newEmail === check.email) return { ok: false, code: "SAME_EMAIL" };
  const limit = await hitRateLimit(`account:email-change:${userId}`, EMAIL_CHANGE_LIMIT);
  if (!limit.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };

  const taken = await db.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
  if (taken) await sendMail({ to: input.newEmail, ...emailChangeRefusedMail() });
  else await sendEmailConfirmation(db, { userId, email: input.newEmail });
  await sendMail({ to: check.email, ...emailChangeNoticeMail(input.newEmail) });
  return { ok: true };
}
