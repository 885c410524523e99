"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { offersPasswordReset, signInErrorMessage } from "@/lib/auth/messages";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { refreshStorefrontSession } from "../storefront-session/use-storefront-session";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [offerReset, setOfferReset] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(signInErrorMessage(result?.error ?? "INVALID"));
      setOfferReset(offersPasswordReset(result?.error ?? ""));
      return;
    }
    refreshStorefrontSession();
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <FormAlert message={error} />
      {offerReset ? (
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          Reset your password
        </Link>
      ) : null}
      <Field name="email" label="E-mail" type="email" autoComplete="email" required />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton pending={pending}>{pending ? "Signing in…" : "Sign in"}</SubmitButton>
      <p className="text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          Forgot password?
        </Link>
      </p>
      <p className="text-sm text-slate-600">
        New here?{" "}
        <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
