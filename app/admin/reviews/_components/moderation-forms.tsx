"use client";

import { FieldErrors } from "@/components/forms/field-errors";
import { FormMessages } from "@/components/forms/form-alert";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

type Props = { reviewId: string; canApprove: boolean; canReject: boolean; approve: FormAction<undefined>; reject: FormAction<undefined> };

/** Approve (one click) and Reject (needs a reason) for one review, inside the review's <article>, which names it. */
export function ModerationForms({ reviewId, canApprove, canReject, approve, reject }: Props) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
      {canApprove ? <ApproveForm reviewId={reviewId} action={approve} /> : null}
      {canReject ? <RejectForm reviewId={reviewId} action={reject} /> : null}
    </div>
  );
}

function ApproveForm({ reviewId, action }: { reviewId: string; action: FormAction<undefined> }) {
  const { pending, formProps, formError, success } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <FormMessages formError={formError} success={success} />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          Approve
        </button>
      </div>
    </form>
  );
}

function RejectForm({ reviewId, action }: { reviewId: string; action: FormAction<undefined> }) {
  const { pending, formProps, formError, success, fieldErrors: errors } = useKeptForm(action);
  const reasonId = `reason-${reviewId}`;
  return (
    <form {...formProps} className="flex min-w-0 flex-1 flex-col gap-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <FormMessages formError={formError} success={success} />
      <label htmlFor={reasonId} className="text-sm font-medium text-slate-900">
        Reason for rejecting
      </label>
      <textarea
        id={reasonId}
        name="reason"
        rows={2}
        maxLength={300}
        aria-invalid={errors.reason?.length ? true : undefined}
        aria-describedby={errors.reason?.length ? `${reasonId}-error` : undefined}
        className="w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20 aria-[invalid=true]:border-red-600"
      />
      <FieldErrors id={`${reasonId}-error`} errors={errors.reason} />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
        >
          Reject
        </button>
      </div>
    </form>
  );
}
