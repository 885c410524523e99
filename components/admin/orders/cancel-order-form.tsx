"use client";
import { FormAlert } from "@/components/forms/form-alert";
import { useOrderForm, type OrderFormAction } from "./use-order-form";

/** `consequence` says what cancelling does to this order (release a hold, or return units and refund). */
export function CancelOrderForm({ action, orderId, consequence }: { action: OrderFormAction; orderId: string; consequence: string }) {
  const { formAction, onSubmit, pending, formError, fieldErrors } = useOrderForm(action);
  const error = fieldErrors.confirm?.join(" ");
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Cancel order">
      <FormAlert message={formError} />
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-sm text-slate-700">{consequence}</p>
      <div className="flex items-start gap-2">
        <input
          id="confirm"
          name="confirm"
          type="checkbox"
          value="yes"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "confirm-error" : undefined}
          className="mt-1 size-4 accent-red-700"
        />
        <label htmlFor="confirm" className="text-sm text-slate-900">
          Yes, cancel this order
        </label>
      </div>
      {error ? (
        <p id="confirm-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div>
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending || undefined}
          className="rounded-lg border border-red-700 px-4 py-2.5 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
        >
          {pending ? "Cancelling…" : "Cancel order"}
        </button>
      </div>
    </form>
  );
}
