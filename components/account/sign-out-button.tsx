"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      // A full page load follows, which fetches the header's session afresh (and drops every page this
      // browser held in memory for the account), so nothing here needs refreshing by hand.
      onClick={() => signOut({ callbackUrl: "/" })}
      className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:border-slate-400 hover:bg-slate-50"
    >
      Sign out
    </button>
  );
}
