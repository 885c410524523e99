// Changing the password or the e-mail, or deleting the account, asks for the current password, so a
// browser left signed in is not enough. Wrong answers are limited per account, so a stolen session
// cannot be used to guess it.
import "server-only";
import { db } from "../db";
import { verifyPassword } from "../auth/password";
import { clearRateLimit, hitRateLimit, type RateLimitRule } from "../auth/rate-limit";
import type { Result, Refused } from "../result";

export const CURRENT_PASSWORD_LIMIT = { limit: 5, windowSeconds: 15 * 60 } satisfies RateLimitRule;

export type PasswordCheck = Result<
  { email: string; role: string },
  Refused<"WRONG_PASSWORD"> | Refused<"RATE_LIMITED", { retryAfterSeconds: number }>
>;

export async function checkCurrentPassword(userId: string, password: string): Promise<PasswordCheck> {
  const key = `account:password:${userId}`;
  const limit = await hitRateLimit(key, CURRENT_PASSWORD_LIMIT);
  if (!limit.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, role: true, passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(password, user.passwordHash))) return { ok: false, code: "WRONG_PASSWORD" };
  await clearRateLimit(key);
  return { ok: true, email: user.email, role: user.role };
}
