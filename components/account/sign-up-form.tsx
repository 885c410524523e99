"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { SIGN_IN_AFTER_SIGN_UP_FAILED } from "@/lib/auth/messages";
import type { ActionResult } from "@/lib/result";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { refreshStorefrontSession } from "../storefront-session/use-storefront-session";

type SignUpAction = (previous: unknown, formData: FormData) => Promise<ActionResult>;

export function SignUpForm({ action, callbackUrl }: { action: SignUpAction; callbackUrl: string }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, undefined);
  const [signInError, setSignInError] = useState<string | null>(null);
  // The password stays in the browser: the server never sends it back.
  const credentials = useRef<{ email: string; password: string } | null>(null);

  useEffect(() => {
    if (!state?.ok || !credentials.current) return;
    const { email, password } = credentials.current;
    credentials.current = null;
    signIn("credentials", { email, password, redirect: false }).then((result) => {
      if (result?.error) {
        setSignInError(SIGN_IN_AFTER_SIGN_UP_FAILED);
        return;
      }
      refreshStorefrontSession();
      router.push(callbackUrl);
      router.refresh();
    });
  }, [state, callbackUrl, router]);

  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        const form = new FormData(event.currentTarget);
        credentials.current = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
      }}
      className="flex flex-col gap-4"
      noValidate
    >
      <FormAlert message={signInError ?? (state && !state.ok ? state.formError : null)} />
      <Field name="name" label="Name (optional)" autoComplete="name" errors={fieldErrors?.name} />
      <Field name="email" label="E-mail" type="email" autoComplete="email" required errors={fieldErrors?.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters, with a letter and a number."
        errors={fieldErrors?.password}
      />
      <SubmitButton pending={pending}>{pending ? "Creating your account…" : "Create account"}</SubmitButton>
      <p className="text-sm text-slate-600">
        Already have an account?{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
