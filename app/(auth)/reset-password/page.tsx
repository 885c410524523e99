import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { accountLinkStatus } from "@/lib/account/account-tokens";
import { TOKEN_REFUSALS } from "@/lib/account/messages";
import { LinkRefused } from "@/components/account/link-refused";
import { AuthCard } from "../auth-card";
import { resetPasswordAction } from "./actions";

// The token is in the address: keep it out of any Referer header.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

async function Form({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  if (typeof token !== "string" || !token) {
    return (
      <p className="text-sm text-slate-700">
        This page needs the link from your e-mail.{" "}
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          Ask for a new link
        </Link>
      </p>
    );
  }
  await connection(); // the link's state is read now, at request time (it compares with the clock)
  const status = await accountLinkStatus(token, "PASSWORD_RESET");
  if (!status.ok) {
    return (
      <LinkRefused reason={TOKEN_REFUSALS[status.code]}>
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">Ask for a new link</Link>
      </LinkRefused>
    );
  }
  return <ResetPasswordForm action={resetPasswordAction} token={token} />;
}

export default function ResetPasswordPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <AuthCard title="Choose a new password" intro="This ends every other session of your account.">
      <Suspense>
        <Form {...props} />
      </Suspense>
    </AuthCard>
  );
}
