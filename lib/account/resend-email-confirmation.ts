// "Send the confirmation again" on the account page, for an account whose e-mail is not yet confirmed.
import "server-only";
import { db } from "../db";
import { hitRateLimit, type RateLimitRule } from "../auth/rate-limit";
import type { Result, Refused } from "../result";
import { sendEmailConfirmation } from "./send-email-confirmation";

export const RESEND_CONFIRMATION_LIMIT = { limit: 3, windowSeconds: 60 * 60 } satisfies RateLimitRule;

export type ResendResult = Result<object, Refused<"ALREADY_CONFIRMED"> | Refused<"RATE_LIMITED", { retryAfterSeconds: number }>>;

export async function resendEmailConfirmation(userId: string): Promise<ResendResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerified: true } });
  if (user.emailVerified) return { ok: false, code: "ALREADY_CONFIRMED" };
  const limit = await hitRateLimit(`verify:user:${userId}`, RESEND_CONFIRMATION_LIMIT);
  if (!limit.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  await sendEmailConfirmation(db, { userId, email: user.email });
  return { ok: true };
}
