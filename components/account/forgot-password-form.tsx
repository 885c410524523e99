"use client";

import Link from "next/link";
import { Field } from "../forms/field";
import { FormMessages } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { useKeptForm, type FormAction } from "../forms/use-kept-form";

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const { pending, formProps, formError, success, fieldErrors } = useKeptForm(action);
  if (success) return <FormMessages formError={null} success={success} />;
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessages formError={formError} success={null} />
      <Field name="email" label="E-mail" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <SubmitButton pending={pending}>{pending ? "Sending…" : "Send me a reset link"}</SubmitButton>
      <p className="text-sm text-slate-600">
        Remembered it?{" "}
        <Link href="/signin" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
