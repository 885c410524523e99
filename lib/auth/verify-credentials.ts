// Checks an e-mail and password for the sign-in provider. Unknown e-mail and wrong password give the same
// answer, after the same work. Attempts are counted in the database (so the limits hold across instances)
// three ways: per e-mail and address together, per address, and per e-mail across all addresses. The
// per-e-mail count bounds a crowd of addresses guessing one account; since it can also pause the owner,
// that refusal offers the reset link, and a reset clears the counts, so the owner is never locked out.
import { db } from "../db";
import { hashPassword, verifyPassword } from "./password";
import { hitRateLimit, type RateLimitRule } from "./rate-limit";
import { signInSchema } from "./schemas";
import { clearSignInFailures, signInKeys } from "./sign-in-limits";

export const SIGN_IN_LIMITS = {
  /** One address trying one account: a mistyping owner is paused here first. */
  perPair: { limit: 5, windowSeconds: 15 * 60 } satisfies RateLimitRule,
  /** One address trying many accounts. */
  perIp: { limit: 30, windowSeconds: 15 * 60 } satisfies RateLimitRule,
  /** Every address together trying one account: at most this many guesses an hour. */
  perEmail: { limit: 8, windowSeconds: 60 * 60 } satisfies RateLimitRule,
};

export type SignedInUser = { id: string; email: string; name: string | null; role: string; sessionVersion: number };

export type VerifyResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; code: "INVALID" }
  /** This address made too many attempts, whatever the accounts. */
  | { ok: false; code: "RATE_LIMITED"; retryAfterSeconds: number }
  /** This account had too many failures: paused, but a password reset lets the owner in at once. */
  | { ok: false; code: "ACCOUNT_THROTTLED"; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;

export async function verifyCredentials(raw: unknown, context: { ip: string }): Promise<VerifyResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "INVALID" };
  const { email, password } = parsed.data;

  const [byAddress, byPair, byEmail] = await Promise.all([
    hitRateLimit(signInKeys.address(context.ip), SIGN_IN_LIMITS.perIp),
    hitRateLimit(signInKeys.pair(email, context.ip), SIGN_IN_LIMITS.perPair),
    hitRateLimit(signInKeys.email(email), SIGN_IN_LIMITS.perEmail),
  ]);
  if (!byAddress.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: byAddress.retryAfterSeconds };
  const paused = [byPair, byEmail].flatMap((r) => (r.allowed ? [] : [r.retryAfterSeconds]));
  if (paused.length) return { ok: false, code: "ACCOUNT_THROTTLED", retryAfterSeconds: Math.max(...paused) };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true },
  });
  const hash = user?.passwordHash ?? (await (dummyHash ??= hashPassword("not-a-real-password-1")));
  const matches = await verifyPassword(password, hash);
  if (!user?.passwordHash || !matches) return { ok: false, code: "INVALID" };

  await clearSignInFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
