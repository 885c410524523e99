import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { getCurrentUser, isStaff } from "@/lib/auth";

const LINK = "rounded-md px-2 py-2 text-slate-700 hover:text-brand-700";

/** The header's account link: reads the session, so it streams in behind a Suspense boundary. */
export async function HeaderAccount() {
  // If the account cannot be read (database down), the shop still renders with a sign-in link.
  const user = await getCurrentUser().catch((error: unknown) => {
    unstable_rethrow(error);
    console.error("header: could not read the current user", error);
    return null;
  });
  if (!user) {
    return (
      <Link href="/signin" className={LINK}>
        Sign in
      </Link>
    );
  }
  return (
    <>
      {/* On phones the back office is one tap away on the account page; the header keeps room for the cart. */}
      {isStaff(user.role) ? (
        <Link href="/admin" className={`${LINK} hidden sm:inline-block`}>
          Admin
        </Link>
      ) : null}
      <Link href="/account" className={LINK} aria-label={`Account (${user.email})`}>
        Account
      </Link>
    </>
  );
}
