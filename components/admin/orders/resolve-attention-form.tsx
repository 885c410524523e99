"use client";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useOrderForm, type OrderFormAction } from "./use-order-form";

export function ResolveAttentionForm({ action, orderId }: { action: OrderFormAction; orderId: string }) {
  const { formAction, onSubmit, pending, formError, fieldErrors } = useOrderForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Clear the flag">
      <FormAlert message={formError} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field name="note" label="What was done" errors={fieldErrors.note} hint="Kept on the order's timeline." required />
      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : "Clear the flag"}</SubmitButton>
      </div>
    </form>
  );
}
