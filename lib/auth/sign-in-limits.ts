// The sign-in counters' keys, in one place, so a password reset can clear exactly the failures it undoes.
import "server-only";
import { db } from "../db";

export const signInKeys = {
  pair: (email: string, ip: string) => `signin:pair:${email}:${ip}`,
  address: (ip: string) => `signin:ip:${ip}`,
  email: (email: string) => `signin:email:${email}`,
};

/** Forgets an e-mail's failed attempts, from every address (after a reset, or a successful sign-in). */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.rateLimit.deleteMany({
    where: { OR: [{ key: signInKeys.email(email) }, { key: { startsWith: signInKeys.pair(email, "") } }] },
  });
}
