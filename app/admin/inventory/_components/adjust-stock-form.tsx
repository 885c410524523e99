"use client";

import { useEffect, useRef } from "react";
import { Field } from "@/components/forms/field";
import { FormMessages } from "@/components/forms/form-alert";
import { SelectField, TextAreaField } from "@/components/forms/form-controls";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<{ stock: number; reserved: number }>>;

const REASONS = [
  { value: "RESTOCK", label: "Restock: units arrived (+)" },
  { value: "RETURN", label: "Return: a unit came back to stock (+)" },
  { value: "CORRECTION", label: "Correction: the count was wrong (+ or −)" },
  { value: "DAMAGE", label: "Damaged: units written off (−)" },
];

/** Adds or removes units with a reason. The form clears after a change and keeps what was typed after a refusal. */
export function AdjustStockForm({ action, productId }: { action: Action; productId: string }) {
  const { state, pending, formProps, formError, success, fieldErrors: errors } = useKeptForm(action);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      {...formProps}
      className="flex flex-col gap-4"
    >
      <FormMessages formError={formError} success={success} />
      <input type="hidden" name="productId" value={productId} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <Field name="quantity" label="Quantity" hint="e.g. 5 to add, -2 to remove" required errors={errors.quantity} />
        <SelectField name="reason" label="Reason" options={REASONS} defaultValue="RESTOCK" errors={errors.reason} />
      </div>
      <TextAreaField name="note" label="Note (optional)" rows={2} hint="Delivery number, who counted, what broke." errors={errors.note} />
      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : "Adjust stock"}</SubmitButton>
      </div>
    </form>
  );
}
