"use client";

import { FieldErrors } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";

type Props = { action: FormAction<undefined>; token: string; productId: string; productName: string; bodyMin: number; bodyMax: number };

const STARS = [5, 4, 3, 2, 1] as const;

/** One product's review: a 1–5 rating (a labelled radio group) and the text; the thanks replace the form once sent. */
export function ReviewForm({ action, token, productId, productName, bodyMin, bodyMax }: Props) {
  const { pending, formProps, formError, success, fieldErrors: errors } = useKeptForm(action);
  if (success) {
    return (
      <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {success}
      </p>
    );
  }
  const ratingErrorId = `rating-${productId}-error`;
  const bodyId = `body-${productId}`;
  const bodyHintId = `${bodyId}-hint`;
  const bodyErrorId = `${bodyId}-error`;
  return (
    <form {...formProps} aria-label={`Review of the ${productName}`} className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="productId" value={productId} />
      <fieldset aria-describedby={errors.rating?.length ? ratingErrorId : undefined} aria-invalid={errors.rating?.length ? true : undefined}>
        <legend className="text-sm font-medium text-slate-900">Rating</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {STARS.map((stars) => (
            <label
              key={stars}
              className="flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-900 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700"
            >
              <input type="radio" name="rating" value={stars} required className="size-4 accent-brand-700 focus-visible:outline-none" />
              <span aria-hidden="true" className="text-amber-500">
                {"★".repeat(stars)}
              </span>
              {stars === 1 ? "1 star" : `${stars} stars`}
            </label>
          ))}
        </div>
        <FieldErrors id={ratingErrorId} errors={errors.rating} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={bodyId} className="text-sm font-medium text-slate-900">
          Your review
        </label>
        <textarea
          id={bodyId}
          name="body"
          rows={5}
          maxLength={bodyMax}
          aria-invalid={errors.body?.length ? true : undefined}
          aria-describedby={[bodyHintId, errors.body?.length ? bodyErrorId : null].filter(Boolean).join(" ")}
          className="w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20 aria-[invalid=true]:border-red-600"
        />
        <p id={bodyHintId} className="text-xs text-slate-500">
          {bodyMin} to {bodyMax.toLocaleString("en-US")} characters. What did it help with, and how did it feel to use? Please leave out health claims and personal details.
        </p>
        <FieldErrors id={bodyErrorId} errors={errors.body} />
      </div>
      <div>
        <SubmitButton pending={pending}>{pending ? "Sending…" : "Submit review"}</SubmitButton>
      </div>
    </form>
  );
}
