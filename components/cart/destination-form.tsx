"use client";

import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

type Props = {
  action: FormAction<undefined>;
  /** Every country the store ships to, sorted by name. */
  countries: { code: string; name: string }[];
  /** The cart's destination: the shopper's choice, or the likely country until they choose. */
  country: string;
  /** Shown when the stored destination is no longer shipped to. */
  notice: string | null;
};

/**
 * Where the order goes. Choosing a country saves it at once (the totals re-price for its zone); without
 * JavaScript the Update button posts the same form.
 */
export function DestinationForm({ action, countries, country, notice }: Props) {
  const { pending, formProps, formError, fieldErrors } = useKeptForm(action);
  const error = fieldErrors.country?.join(" ") ?? formError;
  return (
    <form {...formProps} className="flex flex-col gap-2" aria-busy={pending || undefined}>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-semibold text-slate-900">Where is this order going?</legend>
        <label htmlFor="destination-country" className="text-sm font-medium text-slate-900">
          Country
        </label>
        <div className="flex gap-2">
          <select
            id="destination-country"
            name="country"
            defaultValue={country}
            onChange={(event) => event.currentTarget.form?.requestSubmit()}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "destination-country-error" : undefined}
            className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
          >
            {countries.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={pending} className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium text-slate-700 hover:bg-white disabled:opacity-60">
            Update
          </button>
        </div>
      </fieldset>
      {notice ? (
        <p role="alert" className="text-sm text-amber-900">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p id="destination-country-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
