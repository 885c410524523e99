"use client";
import { FieldErrors } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

/** `consequence` says what cancelling does to this order (release a hold, or return units and refund). */
export function CancelOrderForm({ action, orderId, consequence }: { action: FormAction; orderId: string; consequence: string }) {
  const { formProps, pending, formError, fieldErrors } = useKeptForm(action);
  const invalid = Boolean(fieldErrors.confirm?.length);
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label="Cancel order">
      <FormAlert message={formError} />
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-sm text-slate-700">{consequence}</p>
      <div className="flex items-start gap-2">
        <input
          id="confirm"
          name="confirm"
          type="checkbox"
          value="yes"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "confirm-error" : undefined}
          className="mt-1 size-4 accent-red-700"
        />
        <label htmlFor="confirm" className="text-sm text-slate-900">
          Yes, cancel this order
        </label>
      </div>
      <FieldErrors id="confirm-error" errors={fieldErrors.confirm} />
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
