// A labelled input with its error messages under it, linked for screen readers.
import { FieldErrors } from "./field-errors";

export function Field({
  id = undefined,
  name,
  label,
  type = "text",
  autoComplete,
  errors,
  hint,
  defaultValue,
  required,
}: {
  /** Defaults to the name; set it when two forms on one page share a field name. */
  id?: string;
  name: string;
  label: string;
  type?: string;
  autoComplete?: string;
  errors?: string[];
  hint?: string;
  defaultValue?: string;
  required?: boolean;
}) {
  const inputId = id ?? name;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20 aria-[invalid=true]:border-red-600"
      />
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
