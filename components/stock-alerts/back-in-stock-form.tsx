"use client";

import { Field } from "../forms/field";
import { FormMessages } from "../forms/form-alert";
import { useKeptForm, type FormAction } from "../forms/use-kept-form";

/**
 * A sold-out device's "E-mail me when it's back". Rendered by the cached product page from its stock state
 * (the page is refreshed when that changes); nothing in it depends on who is looking.
 */
export function BackInStockForm({ action, productId }: { action: FormAction; productId: string }) {
  const { pending, formProps, formError, success, fieldErrors } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-slate-50 p-4" aria-labelledby="back-in-stock-title">
      <p id="back-in-stock-title" className="text-sm text-slate-700">
        Sold out for now. Leave your e-mail and we write once when it is back; you confirm from your inbox first.
      </p>
      <FormMessages formError={formError} success={success} />
      <input type="hidden" name="productId" value={productId} />
      <Field id="back-in-stock-email" name="email" label="Email" type="email" autoComplete="email" errors={fieldErrors.email} />
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending || undefined}
        className="h-12 rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        E-mail me when it&apos;s back
      </button>
    </form>
  );
}
