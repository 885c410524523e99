"use client";

import Link from "next/link";
import { Field } from "../forms/field";
import { FormMessages } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { useKeptForm, type FormAction } from "../forms/use-kept-form";

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const { pending, formProps, formError, success, fieldErrors } = useKeptForm(action);
  if (success) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessages formError={null} success={success} />
        <Link href="/signin?callbackUrl=%2Faccount" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessages formError={formError} success={null} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters, with a letter and a number."
        errors={fieldErrors.password}
      />
      <SubmitButton pending={pending}>{pending ? "Saving…" : "Set my new password"}</SubmitButton>
      {formError && !fieldErrors.password ? (
        <Link href="/forgot-password" className="text-sm font-medium text-brand-700 underline">
          Ask for a new link
        </Link>
      ) : null}
    </form>
  );
}
