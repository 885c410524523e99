"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult>;

export function PublishButton({ action, id, title, published }: { action: Action; id: string; title: string; published: boolean }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="published" value={published ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${published ? "Unpublish" : "Publish"} ${title}`}
        className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        {published ? "Unpublish" : "Publish"}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-700">
          {state.formError}
        </span>
      ) : null}
    </form>
  );
}
