import type { Metadata } from "next";
import { Suspense } from "react";
import { SignUpForm } from "@/components/account/sign-up-form";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { AuthCard } from "../auth-card";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create an account", robots: { index: false }, alternates: { canonical: "/signup" } };

async function Form({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  return <SignUpForm action={signUpAction} callbackUrl={safeRedirectPath(callbackUrl)} />;
}

export default function SignUpPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <AuthCard title="Create an account" intro="Track your orders and keep your cart across devices.">
      <Suspense>
        <Form {...props} />
      </Suspense>
    </AuthCard>
  );
}
