"use client";

import { Field } from "@/components/forms/field";
import { FieldErrors } from "@/components/forms/field-errors";
import { FormMessages } from "@/components/forms/form-alert";
import { MarkdownField } from "@/components/forms/markdown-field";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ArticleInput } from "@/lib/admin/articles/article-schema";
import type { ActionResult } from "@/lib/result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<{ id: string }>>;

/** The schema's output, except that a stored article may carry a topic no longer offered. */
export type ArticleFormValues = Omit<ArticleInput, "topics"> & { topics: string[] };

type Option = { value: string; label: string };

const inputClass =
  "rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20 aria-[invalid=true]:border-red-600";

export function ArticleForm({
  action,
  values,
  topics,
  products,
  submitLabel,
}: {
  action: Action;
  values: ArticleFormValues;
  topics: Option[];
  products: Option[];
  submitLabel: string;
}) {
  const { pending, formProps, formError, success, fieldErrors: errors } = useKeptForm(action);
  const editing = Boolean(values.id);

  return (
    <form
      {...formProps}
      className="flex flex-col gap-5"
    >
      <FormMessages formError={formError} success={success} />
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}

      <Field name="title" label="Title" defaultValue={values.title} errors={errors.title} />
      {editing ? (
        <div>
          <input type="hidden" name="slug" value={values.slug} />
          <p className="text-sm font-medium text-slate-900">Address</p>
          <p className="font-mono text-sm text-slate-700">/learn/{values.slug}</p>
        </div>
      ) : (
        <Field name="slug" label="Address (slug)" defaultValue={values.slug} errors={errors.slug} hint="Shown as /learn/your-slug. It cannot change after the article is created." />
      )}

      <div className="flex flex-col gap-1">
        <label htmlFor="summary" className="text-sm font-medium text-slate-900">Summary</label>
        <textarea
          id="summary"
          name="summary"
          rows={2}
          defaultValue={values.summary}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby={errors.summary ? "summary-error" : undefined}
          className={inputClass}
        />
        <FieldErrors id="summary-error" errors={errors.summary} />
      </div>

      <MarkdownField name="body" label="Body (Markdown)" defaultValue={values.body} errors={errors.body} />

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-900">Topics</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {topics.map((topic) => (
            <label key={topic.value} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="topics" value={topic.value} defaultChecked={values.topics.includes(topic.value)} className="size-4 accent-brand-700" />
              {topic.label}
            </label>
          ))}
        </div>
        <FieldErrors id="topics-error" errors={errors.topics} />
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-900">Devices to suggest</legend>
        {products.map((product) => (
          <label key={product.value} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="productIds" value={product.value} defaultChecked={values.productIds.includes(product.value)} className="size-4 accent-brand-700" />
            {product.label}
          </label>
        ))}
        <FieldErrors id="productIds-error" errors={errors.productIds} />
      </fieldset>

      <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
        <input type="checkbox" name="published" defaultChecked={values.published} className="size-4 accent-brand-700" />
        Published (shoppers can read it)
      </label>

      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
