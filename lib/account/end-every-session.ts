// Ends every session of an account at once: each token carries the session version it was issued with,
// and a token whose version is no longer the user's is no session (lib/auth/current-user.ts).
import "server-only";
import { db } from "../db";

export async function endEverySession(userId: string): Promise<{ sessionVersion: number }> {
  return db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
}
