// Checks an e-mail and password for the sign-in provider, under two rate limits kept in the
// database (per e-mail and per IP), so the limits hold across instances. Unknown e-mail and wrong
// password give the same answer, after the same work.
import { db } from "../db";
import { hashPassword, verifyPassword } from "./password";
import { clearRateLimit, hitRateLimit, type RateLimitRule } from "./rate-limit";
import { signInSchema } from "./schemas";

export const SIGN_IN_LIMITS = {
  perEmail: { limit: 5, windowSeconds: 15 * 60 } satisfies RateLimitRule,
  perIp: { limit: 30, windowSeconds: 15 * 60 } satisfies RateLimitRule,
};

export type SignedInUser = { id: string; email: string; name: string | null; role: string; sessionVersion: number };

export type VerifyResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; code: "INVALID" }
  | { ok: false; code: "RATE_LIMITED"; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;

export async function verifyCredentials(raw: unknown, context: { ip: string }): Promise<VerifyResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "INVALID" };
  const { email, password } = parsed.data;

  const emailKey = `signin:email:${email}`;
  const [byEmail, byIp] = await Promise.all([
    hitRateLimit(emailKey, SIGN_IN_LIMITS.perEmail),
    hitRateLimit(`signin:ip:${context.ip}`, SIGN_IN_LIMITS.perIp),
  ]);
  const blocked = [byEmail, byIp].flatMap((r) => (r.allowed ? [] : [r.retryAfterSeconds]));
  if (blocked.length) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: Math.max(...blocked) };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true },
  });
  const hash = user?.passwordHash ?? (await (dummyHash ??= hashPassword("not-a-real-password-1")));
  const matches = await verifyPassword(password, hash);
  if (!user?.passwordHash || !matches) return { ok: false, code: "INVALID" };

  await clearRateLimit(emailKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
