"use client";

import Link from "next/link";
import { Field } from "../forms/field";
import { FormMessages } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { useKeptForm, type FormAction } from "../forms/use-kept-form";

/** After a sign-up the page says "check your inbox", the same for a new and a taken address; it never signs in. */
export function SignUpForm({ action, callbackUrl }: { action: FormAction; callbackUrl: string }) {
  const { pending, formProps, formError, success, fieldErrors } = useKeptForm(action);
  const signInLink = (
    <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand-700 underline">
      Sign in
    </Link>
  );
  if (success) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessages formError={null} success={success} />
        <p className="text-sm text-slate-600">Confirmed already, or have an account? {signInLink}</p>
      </div>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessages formError={formError} success={null} />
      <Field name="name" label="Name (optional)" autoComplete="name" errors={fieldErrors.name} />
      <Field name="email" label="E-mail" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters, with a letter and a number."
        errors={fieldErrors.password}
      />
      <SubmitButton pending={pending}>{pending ? "Creating your account…" : "Create account"}</SubmitButton>
      <p className="text-sm text-slate-600">Already have an account? {signInLink}</p>
    </form>
  );
}
