"use client";

import { useActionState } from "react";
import { MAX_PER_LINE } from "@/lib/cart/quantity";
import { useRefreshSessionAfter } from "../storefront-session/use-storefront-session";
import type { FormAction } from "../forms/use-kept-form";

export type AddToCartFormProps = { action: FormAction; productId: string; productName: string; available: number };

/** Works as a plain form before JavaScript loads; with it, the result shows without a page load. */
export function AddToCartForm({ action, productId, available }: AddToCartFormProps) {
  const [state, formAction, pending] = useActionState(action, undefined);
  useRefreshSessionAfter(pending);
  const soldOut = available <= 0;
  const max = Math.max(1, Math.min(MAX_PER_LINE, available));
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor={`qty-${productId}`} className="text-sm font-medium text-slate-900">
            Quantity
          </label>
          <select
            id={`qty-${productId}`}
            name="quantity"
            defaultValue="1"
            disabled={soldOut}
            className="h-12 rounded-lg border border-slate-300 bg-white px-3 text-base disabled:bg-slate-100"
          >
            {Array.from({ length: max }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={soldOut || pending}
          className="h-12 flex-1 rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600"
        >
          {soldOut ? "Sold out" : pending ? "Adding…" : "Add to cart"}
        </button>
      </div>
      <div aria-live="polite">
        {state?.ok ? (
          <p className="text-sm text-emerald-700">
            {state.message}{" "}
            <a href="/cart" className="font-medium underline">
              View cart
            </a>
          </p>
        ) : null}
        {state && !state.ok ? (
          <p role="alert" className="text-sm text-red-700">
            {state.formError}
          </p>
        ) : null}
      </div>
    </form>
  );
}
