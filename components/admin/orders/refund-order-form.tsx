"use client";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

/** `refundable` is already formatted money: the most that may still be refunded. */
export function RefundOrderForm({ action, orderId, refundable, refundableAmount }: { action: FormAction; orderId: string; refundable: string; refundableAmount: string }) {
  const { formProps, pending, formError, fieldErrors } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label="Refund">
      <FormAlert message={formError} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field name="amount" label="Amount to refund (USD)" defaultValue={refundableAmount} errors={fieldErrors.amount} hint={`Up to ${refundable}. Change it for a partial refund.`} required />
      <div>
        <SubmitButton pending={pending}>{pending ? "Refunding…" : "Refund"}</SubmitButton>
      </div>
    </form>
  );
}
