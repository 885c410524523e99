// Who this request's session says it is, or null: the one place the session cookie is read.
import "server-only";
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { authOptions } from "./auth-options";

/** The user id and the session version the token was issued with (checked against the user's own). */
export type SessionClaims = { userId: string; sessionVersion: number };

export async function sessionClaims(): Promise<SessionClaims | null> {
  await connection(); // a session is per request; next-auth also draws random bytes, which prerendering forbids
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: unknown; sessionVersion?: unknown } | undefined;
  if (typeof user?.id !== "string") return null;
  // A token from before session versions existed carries none: it counts as version 0.
  return { userId: user.id, sessionVersion: typeof user.sessionVersion === "number" ? user.sessionVersion : 0 };
}
