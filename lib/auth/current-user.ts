// Who is making this request, and may they do this? Every protected page, server action and route
// handler asks here; the proxy only redirects early. The role and the session version are read from the
// database each time.
import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { requestLogger } from "../log/request-logger";
import { hasPermission, type Permission } from "./permissions";
import { sessionClaims } from "./session-claims";

export type CurrentUser = { id: string; email: string; name: string | null; role: Role };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  // A token issued before the last "sign out everywhere", password change or reset is no session.
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export type Authorization =
  | { ok: true; user: CurrentUser }
  | { ok: false; code: "UNAUTHENTICATED" | "FORBIDDEN" };

/** Fails closed: any error while checking means "no". */
export async function authorize(permission?: Permission): Promise<Authorization> {
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    unstable_rethrow(error); // Next's own control flow (prerender bail-outs, redirects) is not a failure
    (await requestLogger()).error({ err: error }, "authorize: could not read the current user");
    return { ok: false, code: "UNAUTHENTICATED" };
  }
  if (!user) return { ok: false, code: "UNAUTHENTICATED" };
  if (permission && !hasPermission(user.role, permission)) return { ok: false, code: "FORBIDDEN" };
  return { ok: true, user };
}

/** For pages: a signed-out visitor is sent to sign in and brought back afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const result = await authorize();
  if (!result.ok) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return result.user;
}

/** For pages: signed out -> sign in; signed in without the permission -> the no-access page. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const result = await authorize(permission);
  if (result.ok) return result.user;
  if (result.code === "UNAUTHENTICATED") redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  redirect("/no-access");
}
