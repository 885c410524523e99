// What the account page shows about the signed-in user's own account.
import "server-only";
import { db } from "../db";

export type AccountProfile = { name: string | null; email: string; emailVerified: boolean; pendingEmail: string | null };

export async function getAccountProfile(userId: string, now = new Date()): Promise<AccountProfile | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, emailVerified: true } });
  if (!user) return null;
  // A change of address waits for its confirmation link: the newest open one names the address.
  const pending = await db.accountToken.findFirst({
    where: { userId, purpose: "VERIFY_EMAIL", usedAt: null, expiresAt: { gt: now }, email: { not: user.email } },
    orderBy: { createdAt: "desc" },
    select: { email: true },
  });
  return { name: user.name, email: user.email, emailVerified: user.emailVerified !== null, pendingEmail: pending?.email ?? null };
}
