"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import type { ActionResult } from "@/lib/result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult>;

/** Archive (hide from the shop) or put back on sale, in one click. Nothing is deleted. */
export function StatusForm({ action, productId, active }: { action: Action; productId: string; active: boolean }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormAlert message={state && !state.ok ? state.formError : null} />
      <FormAlert tone="success" message={state?.ok ? state.message : null} />
      <input type="hidden" name="id" value={productId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <p className="text-sm text-slate-600">
        {active
          ? "Archiving hides the product from the shop and search. Orders and stock history stay; you can put it back on sale later."
          : "This product is archived: shoppers cannot see or buy it."}
      </p>
      <div>
        <button
          type="submit"
          disabled={pending}
          className={
            active
              ? "rounded-lg border border-red-300 px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60"
              : "rounded-lg border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
          }
        >
          {active ? "Archive product" : "Put back on sale"}
        </button>
      </div>
    </form>
  );
}
