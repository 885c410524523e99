// "Forgot password?": sends a single-use reset link to the account's address. The answer is the same
// whether or not an account uses the address, and takes at least the same time.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { hitRateLimit, type RateLimitRule } from "../auth/rate-limit";
import { withMinimumDuration } from "../auth/min-duration";
import { sendMail } from "../mail/send-mail";
import type { Result, Refused } from "../result";
import { issueAccountToken } from "./account-tokens";
import { passwordResetMail } from "./messages";

export const PASSWORD_RESET_LIMITS = {
  /** Requests from one address, whatever e-mails they name. */
  perAddress: { limit: 10, windowSeconds: 60 * 60 } satisfies RateLimitRule,
  /**
   * Mails to one address. Past it nothing more is sent, silently: the links already sent stay valid for
   * the hour, so a stranger asking again and again cannot keep the owner from a working link.
   */
  perEmail: { limit: 3, windowSeconds: 60 * 60 } satisfies RateLimitRule,
};

export const RESET_ANSWER_FLOOR_MS = 400;

export type ResetRequestResult = Result<object, Refused<"RATE_LIMITED", { retryAfterSeconds: number }>>;

export async function requestPasswordReset(email: string, context: { ip: string; now?: Date }): Promise<ResetRequestResult> {
  const byAddress = await hitRateLimit(`reset:ip:${context.ip}`, PASSWORD_RESET_LIMITS.perAddress);
  if (!byAddress.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: byAddress.retryAfterSeconds };

  return withMinimumDuration(RESET_ANSWER_FLOOR_MS, async () => {
    const byEmail = await hitRateLimit(`reset:email:${email}`, PASSWORD_RESET_LIMITS.perEmail);
    if (!byEmail.allowed) return { ok: true };
    const user = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) return { ok: true };
    const token = await issueAccountToken(db, { userId: user.id, purpose: "PASSWORD_RESET", now: context.now });
    const link = new URL(`/reset-password?token=${token}`, env().APP_URL).toString();
    await sendMail({ to: email, ...passwordResetMail(link) });
    return { ok: true };
  });
}
