// Form controls the Field component does not cover (multi-line text, choices), styled the same way and
// linked to their messages for screen readers.
const CONTROL =
  "w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20 aria-[invalid=true]:border-red-600";

function describedBy(name: string, hint?: string, errors?: string[]) {
  return [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ name, hint, errors }: { name: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

export function TextAreaField({
  id,
  name,
  label,
  rows = 4,
  defaultValue,
  hint,
  errors,
  mono,
}: {
  /** Defaults to the name; set it when two forms on one page share a field name. */
  id?: string;
  name: string;
  label: string;
  rows?: number;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  mono?: boolean;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id ?? name} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <textarea
        id={id ?? name}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id ?? name, hint, errors)}
        className={`${CONTROL} ${mono ? "font-mono text-sm" : ""}`}
      />
      <Messages name={id ?? name} hint={hint} errors={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  hint,
  errors,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  errors?: string[];
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={CONTROL}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Messages name={name} hint={hint} errors={errors} />
    </div>
  );
}
