"use client";

import Link from "next/link";
import { useActionState } from "react";
import { policyPath } from "@/lib/policies/policy-slugs";
import type { FormAction } from "../forms/use-kept-form";

type Props = { action: FormAction; signedInEmail: string | null; disabled: boolean; testPayments: boolean };

export function CheckoutForm({ action, signedInEmail, disabled, testPayments }: Props) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const emailError = state && !state.ok ? state.fieldErrors?.email?.join(" ") : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {state && !state.ok && state.formError ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.formError}
        </p>
      ) : null}
      {signedInEmail ? (
        <p className="text-sm text-slate-600">
          Receipt to <span className="font-medium text-slate-900">{signedInEmail}</span>
        </p>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor="checkout-email" className="text-sm font-medium text-slate-900">
            E-mail for your receipt
          </label>
          <input
            id="checkout-email"
            name="email"
            type="email"
            autoComplete="email"
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? "checkout-email-error" : undefined}
            className="rounded-lg border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
          />
          {emailError ? (
            <p id="checkout-email-error" className="text-sm text-red-700">
              {emailError}
            </p>
          ) : null}
          <p className="text-xs text-slate-500">
            Or <Link href="/signin?callbackUrl=%2Fcart" className="underline">sign in</Link> to keep your orders in your account.
          </p>
        </div>
      )}
      <button
        type="submit"
        disabled={disabled || pending}
        className="h-12 rounded-lg bg-brand-700 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600"
      >
        {pending ? "Opening secure checkout…" : "Check out"}
      </button>
      <p className="text-sm text-slate-600">
        By paying for your order you accept our{" "}
        <Link href={policyPath("terms")} className="font-medium text-brand-700 underline">terms of sale</Link>, including our{" "}
        <Link href={policyPath("returns")} className="font-medium text-brand-700 underline">returns policy</Link>. Our{" "}
        <Link href={policyPath("privacy")} className="font-medium text-brand-700 underline">privacy policy</Link> explains how we use your details.
      </p>
      <p className="text-xs text-slate-500">
        {testPayments ? "Test mode: the next page simulates payment; no card is charged." : "You pay on Stripe's secure checkout page."}
      </p>
    </form>
  );
}
