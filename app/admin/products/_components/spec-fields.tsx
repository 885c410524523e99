import { Field } from "@/components/forms/field";
import { SPEC_KEYS, SPEC_LABELS, type ProductSpecs } from "@/lib/catalog/spec-keys";

/**
 * One field per canonical spec key (lib/catalog/spec-keys.ts), each required: every device answers the same
 * rows, which the product page's table and the comparison page show side by side.
 */
export function SpecFields({ values, errors }: { values: Partial<ProductSpecs>; errors: Record<string, string[] | undefined> }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-900">Specifications</legend>
      <p className="mb-3 mt-1 text-xs text-slate-500">
        The same rows for every device: shown on the product page and on the comparison page. Keep each to one line.
      </p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {SPEC_KEYS.map((key) => (
          <Field
            key={key}
            id={`spec-${key}`}
            name={`specs.${key}`}
            label={SPEC_LABELS[key]}
            defaultValue={values[key] ?? ""}
            required
            errors={errors[`specs.${key}`]}
          />
        ))}
      </div>
    </fieldset>
  );
}
