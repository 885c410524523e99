"use client";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

export function ShipOrderForm({ action, orderId }: { action: FormAction; orderId: string }) {
  const { formProps, pending, formError, fieldErrors } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label="Mark shipped">
      <FormAlert message={formError} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field name="carrier" label="Carrier" errors={fieldErrors.carrier} hint="For example UPS, USPS, DHL." required />
      <Field name="trackingNumber" label="Tracking number" errors={fieldErrors.trackingNumber} required />
      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : "Mark shipped"}</SubmitButton>
      </div>
      <p className="text-xs text-slate-500">The customer is e-mailed the carrier and tracking number.</p>
    </form>
  );
}
