"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import { SelectField, TextAreaField } from "@/app/admin/products/_components/form-controls";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<{ stock: number; reserved: number }>>;

const REASONS = [
  { value: "RESTOCK", label: "Restock: units arrived (+)" },
  { value: "RETURN", label: "Return: a unit came back to stock (+)" },
  { value: "CORRECTION", label: "Correction: the count was wrong (+ or −)" },
  { value: "DAMAGE", label: "Damaged: units written off (−)" },
];

/** Adds or removes units with a reason. The form clears after a change and keeps what was typed after a refusal. */
export function AdjustStockForm({ action, productId }: { action: Action; productId: string }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      noValidate
      className="flex flex-col gap-4"
    >
      <FormAlert message={state && !state.ok ? state.formError : null} />
      <FormAlert tone="success" message={state?.ok ? state.message : null} />
      <input type="hidden" name="productId" value={productId} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <Field name="quantity" label="Quantity" hint="e.g. 5 to add, -2 to remove" required errors={errors?.quantity} />
        <SelectField name="reason" label="Reason" options={REASONS} defaultValue="RESTOCK" errors={errors?.reason} />
      </div>
      <TextAreaField name="note" label="Note (optional)" rows={2} hint="Delivery number, who counted, what broke." errors={errors?.note} />
      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : "Adjust stock"}</SubmitButton>
      </div>
    </form>
  );
}
