"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/result";

export type FormAction<Data = unknown> = (previous: unknown, formData: FormData) => Promise<ActionResult<Data>>;

/**
 * useActionState plus what every server-action form shows: the form's message (refusal or success) and each
 * field's errors. React resets a form after its action runs, which after a refusal would wipe what was
 * typed; so with JavaScript the submit goes through onSubmit, which does not reset, and without it the
 * plain form action still posts. Spread `formProps` on the <form>.
 */
export function useKeptForm<Data>(action: FormAction<Data>) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return {
    state,
    pending,
    formProps: { action: formAction, onSubmit, noValidate: true },
    formError: failed?.formError ?? null,
    success: state?.ok ? (state.message ?? null) : null,
    fieldErrors: failed?.fieldErrors ?? {},
  };
}
