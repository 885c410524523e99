import type { Metadata } from "next";
import { Suspense } from "react";
import { SignInForm } from "@/components/account/sign-in-form";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Sign in", robots: { index: false }, alternates: { canonical: "/signin" } };

async function Form({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  return <SignInForm callbackUrl={safeRedirectPath(callbackUrl)} />;
}

export default function SignInPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <AuthCard title="Sign in" intro="Welcome back. Sign in to see your orders and check out faster.">
      <Suspense>
        <Form {...props} />
      </Suspense>
    </AuthCard>
  );
}
