"use client";

import { useActionState } from "react";
import { useRefreshSessionAfter } from "../storefront-session/use-storefront-session";
import type { FormAction } from "../forms/use-kept-form";

type Props = {
  actions: { apply: FormAction; remove: FormAction };
  appliedCode: string | null;
  appliedDescription: string | null;
  storedError: string | null;
};

export function CouponForm({ actions, appliedCode, appliedDescription, storedError }: Props) {
  const [state, applyAction, applying] = useActionState(actions.apply, undefined);
  const [, removeAction, removing] = useActionState(actions.remove, undefined);
  useRefreshSessionAfter(applying || removing);
  const fieldError = state && !state.ok ? (state.fieldErrors?.code?.join(" ") ?? state.formError) : null;

  if (appliedCode) {
    return (
      <div className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-3 rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm">
          <p className="text-emerald-900">
            <span className="font-mono font-semibold">{appliedCode}</span>
            {appliedDescription ? <span className="block text-emerald-800">{appliedDescription}</span> : null}
          </p>
          <form action={removeAction}>
            <button type="submit" className="font-medium text-emerald-900 underline">
              Remove<span className="sr-only"> code {appliedCode}</span>
            </button>
          </form>
        </div>
        {storedError ? (
          <p role="alert" className="text-sm text-amber-900">
            {storedError}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <form action={applyAction} className="flex flex-col gap-1" noValidate>
      <label htmlFor="coupon-code" className="text-sm font-medium text-slate-900">
        Discount code
      </label>
      <div className="flex gap-2">
        <input
          id="coupon-code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "coupon-code-error" : undefined}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 font-mono uppercase aria-[invalid=true]:border-red-600"
        />
        <button type="submit" disabled={applying} className="rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          Apply
        </button>
      </div>
      {fieldError ? (
        <p id="coupon-code-error" role="alert" className="text-sm text-red-700">
          {fieldError}
        </p>
      ) : null}
    </form>
  );
}
