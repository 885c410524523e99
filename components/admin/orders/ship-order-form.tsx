"use client";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useOrderForm, type OrderFormAction } from "./use-order-form";

export function ShipOrderForm({ action, orderId }: { action: OrderFormAction; orderId: string }) {
  const { formAction, onSubmit, pending, formError, fieldErrors } = useOrderForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Mark shipped">
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
