import { GUIDE_FIELDS, GUIDE_QUESTIONS, type GuideAnswerError, type GuideAnswers, type GuideField } from "@/lib/guide";
import { ERROR_TEXT, QUESTIONS } from "./guide-copy";

type Props = {
  values?: Partial<GuideAnswers>;
  errors?: Partial<Record<GuideField, GuideAnswerError>>;
};

/** A plain GET form: it works without JavaScript, and the answers stay in the address for sharing. */
export function GuideForm({ values = {}, errors = {} }: Props) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form method="get" action="/guide#result" className="space-y-6" noValidate>
      {hasErrors && (
        <div role="alert" className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-semibold">Some answers are missing or not recognised.</p>
          <p className="mt-0.5">Please answer every question so the guide can suggest something that fits.</p>
        </div>
      )}
      {GUIDE_FIELDS.map((field) => {
        const question = QUESTIONS[field];
        const error = errors[field];
        const errorId = `${field}-error`;
        const hintId = `${field}-hint`;
        const describedBy = [question.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
        return (
          <fieldset
            key={field}
            className={`rounded-2xl border bg-white p-4 sm:p-5 ${error ? "border-red-300" : "border-slate-200"}`}
          >
            <legend className="px-1 font-semibold text-slate-900">{question.legend}</legend>
            {question.hint && (
              <p id={hintId} className="mt-1 text-sm text-slate-600">
                {question.hint}
              </p>
            )}
            {error && (
              <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
                {ERROR_TEXT[error]}
              </p>
            )}
            <div className="mt-3 flex flex-wrap gap-2">
              {GUIDE_QUESTIONS[field].map((option) => (
                <label
                  key={option}
                  className="flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-900 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700 hover:border-brand-600"
                >
                  <input
                    type="radio"
                    name={field}
                    value={option}
                    defaultChecked={values[field] === option}
                    required
                    aria-describedby={describedBy}
                    className="size-4 accent-brand-700 focus-visible:outline-none"
                  />
                  {question.options[option]}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-5 py-3 text-sm font-semibold text-white shadow-sm hover:bg-brand-800"
        >
          Show my suggestions
        </button>
        <p className="text-sm text-slate-600">Nothing is stored: your answers only live in the page address.</p>
      </div>
    </form>
  );
}
