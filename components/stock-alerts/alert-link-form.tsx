"use client";

import { FormMessages } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { useKeptForm, type FormAction } from "../forms/use-kept-form";

/**
 * The one button of an alert link's page. The link only shows the page; the click (a POST) acts, so a
 * mail scanner that opens links neither confirms nor ends an alert.
 */
export function AlertLinkForm({ action, token, label, pendingLabel }: { action: FormAction; token: string; label: string; pendingLabel: string }) {
  const { pending, formProps, formError } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormMessages formError={formError} success={null} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending}>{pending ? pendingLabel : label}</SubmitButton>
    </form>
  );
}
