"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult>;

type Props = {
  action: Action;
  id: string;
  /** The form field the action reads (e.g. "published", "active"). */
  field: string;
  /** The flag's current value; the form submits its opposite. */
  on: boolean;
  /** Button text for each state, e.g. { on: "Unpublish", off: "Publish" }. */
  labels: { on: string; off: string };
  /** What the button acts on, for its accessible name. */
  subject: string;
};

/** A one-button form that flips a boolean from a back-office list; the row re-renders with its new state. */
export function ToggleForm({ action, id, field, on, labels, subject }: Props) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const label = on ? labels.on : labels.off;
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name={field} value={on ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${label} ${subject}`}
        className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        {label}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-700">
          {state.formError}
        </span>
      ) : null}
    </form>
  );
}
