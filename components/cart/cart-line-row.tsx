"use client";

import Link from "next/link";
import { useActionState, useOptimistic, useTransition } from "react";
import type { CartLineView } from "@/lib/cart/cart-view";
import { cartLineIssueMessage } from "@/lib/cart/messages";
import { formatMoney } from "@/lib/money";
import { useRefreshSessionAfter } from "../storefront-session/use-storefront-session";
import type { FormAction } from "../forms/use-kept-form";
import type { ImageAttributes } from "../optimized-image";

export type CartLineActions = { update: FormAction; remove: FormAction };

/** `picture`: the line's <img> attributes from the server (`imageAttributes`, 96 × 96), so the row ships no image code. */
export function CartLineRow({ line, picture, actions }: { line: CartLineView; picture: ImageAttributes; actions: CartLineActions }) {
  const [updateState, updateAction, updating] = useActionState(actions.update, undefined);
  const [, removeAction, removing] = useActionState(actions.remove, undefined);
  useRefreshSessionAfter(updating || removing);
  const [optimisticQuantity, setOptimisticQuantity] = useOptimistic(line.quantity);
  const [, startTransition] = useTransition();
  const issue = line.issue ? cartLineIssueMessage(line.issue) : null;
  // Offer every quantity the line may hold now, plus the current one if it is above that (flagged).
  const options = Array.from({ length: Math.max(line.maxQuantity, line.quantity) }, (_, i) => i + 1);

  return (
    <li className="flex gap-4 py-5" data-testid="cart-line">
      {/* eslint-disable-next-line @next/next/no-img-element -- next/image's own attributes, from getImageProps */}
      <img {...picture} alt="" className="h-20 w-20 shrink-0 rounded-lg bg-slate-50 object-cover sm:h-24 sm:w-24" />
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <Link href={`/products/${line.slug}`} className="font-semibold text-slate-900 hover:text-brand-700">
              {line.name}
            </Link>
            <p className="text-sm text-slate-600">{formatMoney(line.unitPriceCents, line.currency)} each</p>
          </div>
          <div className="text-right">
            {line.discountCents > 0 ? (
              <>
                <p className="text-sm text-slate-500 line-through">{formatMoney(line.subtotalCents, line.currency)}</p>
                <p className="font-semibold text-slate-900">{formatMoney(line.totalCents, line.currency)}</p>
                <p className="text-sm font-medium text-emerald-700">
                  You save {formatMoney(line.discountCents, line.currency)}
                  {line.percentOff ? ` (${line.percentOff}%)` : ""}
                </p>
              </>
            ) : (
              <p className="font-semibold text-slate-900">{formatMoney(line.subtotalCents, line.currency)}</p>
            )}
          </div>
        </div>
        {issue ? (
          <p role="alert" className="rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900">
            {issue}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <form
            action={updateAction}
            onChange={(event) => {
              const form = event.currentTarget;
              const data = new FormData(form);
              startTransition(() => {
                setOptimisticQuantity(Number(data.get("quantity")));
                updateAction(data);
              });
            }}
            className="flex items-center gap-2"
          >
            <input type="hidden" name="productId" value={line.productId} />
            <label htmlFor={`qty-${line.productId}`} className="text-sm text-slate-700">
              Quantity
            </label>
            <select
              id={`qty-${line.productId}`}
              name="quantity"
              value={optimisticQuantity}
              onChange={() => {}}
              disabled={line.issue?.code === "ARCHIVED" || line.issue?.code === "SOLD_OUT"}
              className="h-10 rounded-lg border border-slate-300 bg-white px-2 text-base disabled:bg-slate-100"
            >
              {options.map((n) => (
                <option key={n} value={n} disabled={n > line.maxQuantity}>
                  {n}
                </option>
              ))}
            </select>
            <noscript>
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
                Update
              </button>
            </noscript>
          </form>
          <form action={removeAction}>
            <input type="hidden" name="productId" value={line.productId} />
            <button type="submit" disabled={removing} className="text-sm font-medium text-slate-600 underline hover:text-red-700">
              Remove<span className="sr-only"> {line.name}</span>
            </button>
          </form>
        </div>
        {updateState && !updateState.ok ? (
          <p role="alert" className="text-sm text-red-700">
            {updateState.formError}
          </p>
        ) : null}
      </div>
    </li>
  );
}
