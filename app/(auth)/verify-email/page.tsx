import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { ConfirmEmailForm } from "@/components/account/confirm-email-form";
import { accountLinkStatus } from "@/lib/account/account-tokens";
import { TOKEN_REFUSALS } from "@/lib/account/messages";
import { LinkRefused } from "@/components/account/link-refused";
import { AuthCard } from "../auth-card";
import { confirmEmailAction } from "./actions";

// The token is in the address: keep it out of any Referer header. Confirming takes a click (a POST), so a
// mail scanner that opens links does not use the link up.
export const metadata: Metadata = { title: "Confirm your e-mail", robots: { index: false }, referrer: "no-referrer" };

async function Form({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  if (typeof token !== "string" || !token) {
    return (
      <p className="text-sm text-slate-700">
        This page needs the link from your e-mail. Signed in, you can ask for a new one on{" "}
        <Link href="/account" className="font-medium text-brand-700 underline">
          your account page
        </Link>
        .
      </p>
    );
  }
  await connection(); // the link's state is read now, at request time (it compares with the clock)
  const status = await accountLinkStatus(token, "VERIFY_EMAIL");
  if (!status.ok) {
    return (
      <LinkRefused reason={TOKEN_REFUSALS[status.code]}>
        <Link href="/account" className="font-medium text-brand-700 underline">Your account page</Link> can send a new one.
      </LinkRefused>
    );
  }
  return <ConfirmEmailForm action={confirmEmailAction} token={token} />;
}

export default function VerifyEmailPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <AuthCard title="Confirm your e-mail" intro="One click confirms that this address belongs to your account.">
      <Suspense>
        <Form {...props} />
      </Suspense>
    </AuthCard>
  );
}
