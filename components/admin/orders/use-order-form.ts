"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

export type OrderFormAction = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * useActionState plus what every order form shows: the form message and each field's errors. With
 * JavaScript the submit goes through onSubmit, so React does not reset the fields when the server
 * sends errors back (what was typed stays there to correct); without it, the plain form action runs.
 */
export function useOrderForm(action: OrderFormAction) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return {
    formAction,
    onSubmit,
    pending,
    formError: failed?.formError ?? null,
    fieldErrors: failed?.fieldErrors ?? {},
  };
}
