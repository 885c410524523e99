"use client";
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { TextAreaField } from "@/components/forms/form-controls";
import { FormMessages } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

export type ReturnableLine = { orderLineId: string; productName: string; returnable: number };

/**
 * The shopper's return form: a quantity per line still returnable and an optional reason. `identity` is the
 * hidden field naming the order (the account page's order number, or the guest page's signed link).
 */
export function ReturnRequestForm({
  action,
  identity,
  lines,
  deadline,
  fieldPrefix,
}: {
  action: FormAction;
  identity: { name: string; value: string };
  lines: ReturnableLine[];
  /** Already formatted: the last day a request is accepted. */
  deadline: string;
  /** The schema's prefix for quantity fields (lib/returns/return-request-schema.ts). */
  fieldPrefix: string;
}) {
  const { formProps, pending, formError, success, fieldErrors } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-labelledby="request-return-title">
      <div>
        <h3 id="request-return-title" className="text-base font-semibold text-slate-900">Request a return</h3>
        <p className="mt-1 text-sm text-slate-600">
          You can ask until {deadline}. Choose how many of each item you are sending back; our{" "}
          <Link href="/policies/returns" className="font-medium text-brand-700 underline">returns policy</Link> explains the steps and your refund.
        </p>
      </div>
      <FormMessages formError={formError} success={success} />
      <input type="hidden" name={identity.name} value={identity.value} />
      <div className="grid gap-3 sm:grid-cols-2">
        {lines.map((line) => (
          <Field
            key={line.orderLineId}
            name={`${fieldPrefix}${line.orderLineId}`}
            label={`Quantity of ${line.productName} to return`}
            type="number"
            defaultValue="0"
            hint={`Up to ${line.returnable}.`}
            errors={fieldErrors[`${fieldPrefix}${line.orderLineId}`]}
          />
        ))}
      </div>
      <TextAreaField name="reason" label="Reason" rows={3} hint="Optional: a word on why helps us improve." errors={fieldErrors.reason} />
      <div>
        <SubmitButton pending={pending}>{pending ? "Sending…" : "Request return"}</SubmitButton>
      </div>
    </form>
  );
}
