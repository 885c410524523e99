"use client";

import { Field } from "@/components/forms/field";
import { FormMessages } from "@/components/forms/form-alert";
import { TextAreaField } from "@/components/forms/form-controls";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

export type ShippingZoneFormValues = {
  id: string;
  name: string;
  countries: string;
  rate: string;
  freeOver: string;
  minDays: string;
  maxDays: string;
  active: boolean;
};

/** One zone's edit form; field ids carry the zone id, since every zone's form is on one page. */
export function ShippingZoneForm({ action, values }: { action: FormAction<undefined>; values: ShippingZoneFormValues }) {
  const { pending, formProps, formError, success, fieldErrors: errors } = useKeptForm(action);
  const id = (field: string) => `${field}-${values.id}`;
  return (
    <form {...formProps} aria-label={`Edit ${values.name}`} className="flex flex-col gap-4">
      <FormMessages formError={formError} success={success} />
      <input type="hidden" name="id" value={values.id} />
      <TextAreaField
        id={id("countries")}
        name="countries"
        label="Countries"
        rows={2}
        mono
        defaultValue={values.countries}
        hint="ISO codes separated by commas, such as US or GB, DE, FR."
        errors={errors.countries}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("rate")} name="rate" label="Shipping rate ($)" defaultValue={values.rate} errors={errors.rate} />
        <Field id={id("freeOver")} name="freeOver" label="Free shipping from ($)" defaultValue={values.freeOver} hint="Empty: this zone never ships free." errors={errors.freeOver} />
        <Field id={id("minDays")} name="minDays" label="Shortest delivery (business days)" defaultValue={values.minDays} errors={errors.minDays} />
        <Field id={id("maxDays")} name="maxDays" label="Longest delivery (business days)" defaultValue={values.maxDays} errors={errors.maxDays} />
      </div>
      <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
        <input type="checkbox" name="active" defaultChecked={values.active} className="size-4 accent-brand-700" />
        Active (shoppers can choose these countries)
      </label>
      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : `Save ${values.name}`}</SubmitButton>
      </div>
    </form>
  );
}
