"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Field } from "../forms/field";
import { FormMessages } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { useKeptForm, type FormAction } from "../forms/use-kept-form";

export type AccountField = { id?: string; name: string; label: string; type?: string; autoComplete?: string; defaultValue?: string; hint?: string };

type Props = {
  title: string;
  intro?: string;
  action: FormAction;
  fields?: AccountField[];
  submitLabel: string;
  /** After success: show the page again with the change, or end this browser's session too. */
  then?: "refresh" | "sign-out";
  /** Where the browser goes once signed out. */
  signOutTo?: string;
};

/** One account-settings form: its fields with their errors, the outcome, and what follows a success. */
export function AccountForm({ title, intro, action, fields = [], submitLabel, then = "refresh", signOutTo = "/signin" }: Props) {
  const router = useRouter();
  const { state, pending, formProps, formError, success, fieldErrors } = useKeptForm(action);
  useEffect(() => {
    if (!state?.ok) return;
    if (then === "sign-out") void signOut({ callbackUrl: signOutTo });
    else router.refresh();
  }, [state, then, signOutTo, router]);
  const headingId = `${title.toLowerCase().replace(/[^a-z]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-slate-200 p-4 sm:p-6">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
      <form {...formProps} className="mt-4 flex flex-col gap-4">
        <FormMessages formError={formError ?? fieldErrors.form?.[0] ?? null} success={success} />
        {fields.map((field) => (
          <Field key={field.id ?? field.name} {...field} errors={fieldErrors[field.name]} />
        ))}
        <div>
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
