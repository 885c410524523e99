"use client";
import Link from "next/link";
import { useStorefrontSession } from "@/components/storefront-session/use-storefront-session";

// Wide enough for "Sign in" and "Account" alike, so the switch after load moves nothing.
const LINK = "inline-block min-w-[4.75rem] shrink-0 rounded-md px-2 py-2 text-center text-slate-700 hover:text-brand-700";

/**
 * The header's account link. Until the session arrives (after load) it is the link most visitors need,
 * "Sign in"; a signed-in visitor then sees "Account", and staff also "Admin".
 */
export function HeaderAccount() {
  const user = useStorefrontSession()?.user ?? null;
  if (!user) {
    return (
      <Link href="/signin" prefetch={false} className={LINK}>
        Sign in
      </Link>
    );
  }
  return (
    <>
      {/* On phones the back office is one tap away on the account page; the header keeps room for the cart. */}
      {user.staff ? (
        <Link href="/admin" prefetch={false} className="hidden shrink-0 rounded-md px-2 py-2 text-slate-700 hover:text-brand-700 sm:inline-block">
          Admin
        </Link>
      ) : null}
      <Link href="/account" prefetch={false} className={LINK} aria-label={`Account (${user.email})`}>
        Account
      </Link>
    </>
  );
}
