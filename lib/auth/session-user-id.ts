// The user id of this request's session, or null: the one place the session cookie is read.
import "server-only";
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { authOptions } from "./auth-options";

export async function sessionUserId(): Promise<string | null> {
  await connection(); // a session is per request; next-auth also draws random bytes, which prerendering forbids
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : null;
}
