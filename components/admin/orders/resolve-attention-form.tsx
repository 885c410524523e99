"use client";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

export function ResolveAttentionForm({ action, orderId }: { action: FormAction; orderId: string }) {
  const { formProps, pending, formError, fieldErrors } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label="Clear the flag">
      <FormAlert message={formError} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field name="note" label="What was done" errors={fieldErrors.note} hint="Kept on the order's timeline." required />
      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : "Clear the flag"}</SubmitButton>
      </div>
    </form>
  );
}
