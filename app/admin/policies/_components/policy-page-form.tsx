"use client";

import { Field } from "@/components/forms/field";
import { FormMessages } from "@/components/forms/form-alert";
import { TextAreaField } from "@/components/forms/form-controls";
import { MarkdownField } from "@/components/forms/markdown-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useKeptForm, type FormAction } from "@/components/forms/use-kept-form";
import type { PolicyPageInput } from "@/lib/admin/policies/policy-page-schema";

export function PolicyPageForm({ action, values }: { action: FormAction<undefined>; values: PolicyPageInput }) {
  const { pending, formProps, formError, success, fieldErrors: errors } = useKeptForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-5">
      <FormMessages formError={formError} success={success} />
      <input type="hidden" name="slug" value={values.slug} />
      <Field name="title" label="Title" defaultValue={values.title} errors={errors.title} />
      <TextAreaField
        name="summary"
        label="Summary"
        rows={2}
        defaultValue={values.summary}
        hint="One or two sentences. Search engines show it under the title."
        errors={errors.summary}
      />
      <MarkdownField name="body" label="Page text (Markdown)" defaultValue={values.body} errors={errors.body} />
      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : "Save changes"}</SubmitButton>
      </div>
    </form>
  );
}
