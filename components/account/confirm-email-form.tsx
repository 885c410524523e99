"use client";

import Link from "next/link";
import { FormMessages } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { useKeptForm, type FormAction } from "../forms/use-kept-form";

export function ConfirmEmailForm({ action, token }: { action: FormAction; token: string }) {
  const { pending, formProps, formError, success } = useKeptForm(action);
  if (success) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessages formError={null} success={success} />
        <Link href="/account" className="font-medium text-brand-700 underline">
          Go to your account
        </Link>
      </div>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessages formError={formError} success={null} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending}>{pending ? "Confirming…" : "Confirm my e-mail"}</SubmitButton>
    </form>
  );
}
