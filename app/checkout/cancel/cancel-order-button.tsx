"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/define-action";

export function CancelOrderButton({ action, token }: { action: FormAction<unknown>; token: string }) {
  const [state, cancel, cancelling] = useActionState(action, undefined);
  return (
    <form action={cancel} className="mt-6">
      {state && !state.ok && state.formError ? <p role="alert" className="mb-3 text-sm text-red-700">{state.formError}</p> : null}
      <input type="hidden" name="order" value={token} />
      <button type="submit" disabled={cancelling} className="h-12 w-full rounded-lg bg-brand-700 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Cancel order
      </button>
    </form>
  );
}
