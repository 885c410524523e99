"use client";

import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FieldErrors } from "@/components/forms/field-errors";
import { FormMessages } from "@/components/forms/form-alert";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/result";
import { RATE_FIELD_PREFIX, toUtcInputValue, type CouponInput, type CouponKindValue } from "@/lib/admin/coupons/coupon-schema";
import { formatMoney } from "@/lib/money";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<{ id: string }>>;

export type CouponFormProduct = { id: string; name: string; priceCents: number; currency: string; active: boolean };

/** What the form starts from: a coupon as the schema gives it back; a new one has no id yet. */
export type CouponFormValues = Omit<CouponInput, "id"> & { id?: string };

const KIND_LABELS: Record<CouponKindValue, string> = {
  PRODUCT_PERCENT: "A percentage per product",
  ORDER_PERCENT: "A percentage of the whole order",
  ORDER_FIXED: "A fixed amount off the order",
};

const inputClass =
  "rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20 aria-[invalid=true]:border-red-600";

const dollars = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2));
const num = (value: number | null) => (value === null ? "" : String(value));

export function CouponForm({ action, products, values, submitLabel }: { action: Action; products: CouponFormProduct[]; values: CouponFormValues; submitLabel: string }) {
  const { pending, formProps, formError, success, fieldErrors: errors } = useKeptForm(action);
  const [kind, setKind] = useState<CouponKindValue>(values.kind);
  const rateOf = new Map(values.rates.map((rate) => [rate.productId, rate.percentOff]));
  const editing = Boolean(values.id);

  return (
    <form
      {...formProps}
      className="flex flex-col gap-6"
    >
      <FormMessages formError={formError} success={success} />
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}

      <fieldset className="flex flex-col gap-4 rounded-2xl border border-slate-200 p-4 sm:p-5">
        <legend className="px-1 text-sm font-semibold text-slate-900">Code</legend>
        {editing ? (
          <div>
            <input type="hidden" name="code" value={values.code} />
            <p className="font-mono text-lg font-semibold tracking-wide text-slate-900">{values.code}</p>
            <p className="text-xs text-slate-500">Carts and orders refer to a coupon by its code, so it cannot change.</p>
          </div>
        ) : (
          <Field name="code" label="Code" defaultValue={values.code} errors={errors.code} hint="Letters, digits and dashes; saved in capitals (spring-10 becomes SPRING-10)." />
        )}
        <Field name="description" label="Description (for the back office)" defaultValue={values.description} errors={errors.description} />
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-2xl border border-slate-200 p-4 sm:p-5">
        <legend className="px-1 text-sm font-semibold text-slate-900">Discount</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="kind" className="text-sm font-medium text-slate-900">What it takes off</label>
          <select id="kind" name="kind" value={kind} onChange={(event) => setKind(event.target.value as CouponKindValue)} className={inputClass}>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldErrors id="kind-error" errors={errors.kind} />
        </div>

        <div hidden={kind !== "PRODUCT_PERCENT"} className="flex flex-col gap-3">
          <p className="text-sm text-slate-600">Leave a product empty to leave it at full price.</p>
          <FieldErrors id="rates-error" errors={errors.rates} />
          <ul className="flex flex-col gap-3">
            {products.map((product) => {
              const name = `${RATE_FIELD_PREFIX}${product.id}`;
              const fieldErrors = errors[`rates.${product.id}`];
              return (
                <li key={product.id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                  <label htmlFor={name} className="min-w-40 flex-1 text-sm text-slate-900">
                    {product.name} % off
                    <span className="block text-xs text-slate-500">
                      {formatMoney(product.priceCents, product.currency)}
                      {product.active ? "" : " · hidden from the shop"}
                    </span>
                  </label>
                  <input
                    id={name}
                    name={name}
                    inputMode="numeric"
                    defaultValue={num(rateOf.get(product.id) ?? null)}
                    aria-invalid={fieldErrors ? true : undefined}
                    aria-describedby={fieldErrors ? `${name}-error` : undefined}
                    className={`${inputClass} w-24`}
                  />
                  <div className="basis-full">
                    <FieldErrors id={`${name}-error`} errors={fieldErrors} />
                  </div>
                </li>
              );
            })}
          </ul>
        </div>

        <div hidden={kind !== "ORDER_PERCENT"}>
          <Field name="percentOff" label="Percent off the order" defaultValue={num(values.percentOff)} errors={errors.percentOff} hint="A whole number from 1 to 100." />
        </div>
        <div hidden={kind !== "ORDER_FIXED"}>
          <Field name="amountOff" label="Amount off the order (USD)" defaultValue={dollars(values.amountOffCents)} errors={errors.amountOff} hint="For example 10 or 12.50." />
        </div>

        <fieldset hidden={kind === "PRODUCT_PERCENT"} className="flex flex-col gap-2">
          <legend className="text-sm font-medium text-slate-900">Never discount</legend>
          {products.map((product) => (
            <label key={product.id} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="excluded" value={product.id} defaultChecked={values.excludedProductIds.includes(product.id)} className="size-4 accent-brand-700" />
              {product.name}
            </label>
          ))}
        </fieldset>
      </fieldset>

      <fieldset className="grid gap-4 rounded-2xl border border-slate-200 p-4 sm:grid-cols-2 sm:p-5">
        <legend className="px-1 text-sm font-semibold text-slate-900">When and how often</legend>
        <Field name="startsAt" label="Starts (UTC)" type="datetime-local" defaultValue={toUtcInputValue(values.startsAt)} errors={errors.startsAt} />
        <Field name="endsAt" label="Ends (UTC, optional)" type="datetime-local" defaultValue={toUtcInputValue(values.endsAt)} errors={errors.endsAt} />
        <Field name="maxRedemptions" label="Total uses (optional)" defaultValue={num(values.maxRedemptions)} errors={errors.maxRedemptions} hint="Paid orders and live holds both count." />
        <Field name="maxPerCustomer" label="Uses per customer (optional)" defaultValue={num(values.maxPerCustomer)} errors={errors.maxPerCustomer} />
        <Field name="minSubtotal" label="Minimum subtotal (USD)" defaultValue={values.minSubtotalCents ? dollars(values.minSubtotalCents) : ""} errors={errors.minSubtotal} hint="Empty for no minimum." />
        <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium text-slate-900">
          <input type="checkbox" name="active" defaultChecked={values.active} className="size-4 accent-brand-700" />
          Active
        </label>
      </fieldset>

      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
