"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult>;

/** Switches a coupon off or on from the list; the row re-renders with its new status. */
export function CouponActiveButton({ action, id, code, active }: { action: Action; id: string; code: string; active: boolean }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${active ? "Deactivate" : "Activate"} ${code}`}
        className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        {active ? "Deactivate" : "Activate"}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-700">
          {state.formError}
        </span>
      ) : null}
    </form>
  );
}
