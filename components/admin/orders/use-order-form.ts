"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

export type OrderFormAction = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

/** useActionState plus the two things every order form shows: the form message and each field's errors. */
export function useOrderForm(action: OrderFormAction) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : null;
  return {
    formAction,
    pending,
    formError: failed?.formError ?? null,
    fieldErrors: failed?.fieldErrors ?? {},
    message: state?.ok ? (state.message ?? null) : null,
  };
}
