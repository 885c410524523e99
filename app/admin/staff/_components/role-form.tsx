"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult>;

const ROLE_LABELS: Record<string, string> = {
  CUSTOMER: "Customer (no back office)",
  ADMIN: "Admin (everything)",
  INVENTORY: "Inventory (products, stock)",
  MARKETING: "Marketing (coupons, articles)",
  SUPPORT: "Support (orders, refunds)",
};

/** One person's role: a select and a save button, with the refusal (last admin ...) next to it. */
export function RoleForm({ action, userId, email, role }: { action: Action; userId: string; email: string; role: string }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const selectId = `role-${userId}`;
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Role for {email}
        </label>
        <select
          id={selectId}
          name="role"
          defaultValue={role}
          key={role}
          className="rounded-lg border border-slate-300 px-2 py-1.5 text-sm shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20"
        >
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button
          type="submit"
          disabled={pending}
          aria-label={`Save role for ${email}`}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
      {state ? (
        <p role={state.ok ? "status" : "alert"} className={`text-xs ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
          {state.ok ? state.message : state.formError}
        </p>
      ) : null}
    </form>
  );
}
