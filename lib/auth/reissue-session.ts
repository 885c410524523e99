// After a password change the account's session version goes up, which ends every session; this browser's
// own session is kept by writing its token again with the new version (same cookie next-auth would set).
import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "../env";
import { SESSION_MAX_AGE_SECONDS } from "./auth-options";
import { authSecret } from "./secret";

function sessionCookie() {
  const secure = env().APP_URL.startsWith("https://"); // next-auth's own rule, from its public URL
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/** Rewrites this request's session token with the given version; false when there is no session to keep. */
export async function reissueSession(userId: string, sessionVersion: number): Promise<boolean> {
  const jar = await cookies();
  const { name, secure } = sessionCookie();
  const current = jar.get(name)?.value;
  const token = current ? await decode({ token: current, secret: authSecret() }).catch(() => null) : null;
  if (!token || token.uid !== userId) return false;
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS });
  return true;
}
