"use client";

import { Field } from "@/components/forms/field";
import { FormMessages } from "@/components/forms/form-alert";
import { SelectField, TextAreaField } from "@/components/forms/form-controls";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/result";
import type { ProductFieldsInput } from "@/lib/admin/products/product-input";
import type { ProductSpecs } from "@/lib/catalog/spec-keys";
import { SpecFields } from "./spec-fields";

/**
 * The schema's output, with the price as the dollars the editor sees and types, e.g. "249.00", and the specs
 * as stored (a product saved before every key was required may miss some: the form asks for them).
 */
export type ProductFormValues = Omit<ProductFieldsInput, "priceCents" | "specs"> & { id?: string; price: string; specs: Partial<ProductSpecs> };

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult>;

/**
 * The product editor (create and edit). Submitting from script keeps what the editor typed when the
 * server refuses a field; without script the form still posts to the same action.
 */
export function ProductForm({ action, values, mode }: { action: Action; values: ProductFormValues; mode: "create" | "edit" }) {
  const { pending, formProps, formError, success, fieldErrors: errors } = useKeptForm(action);
  const imageErrors = Object.entries(errors).filter(([key]) => key === "images" || key.startsWith("images.")).flatMap(([, m]) => m);
  return (
    <form
      {...formProps}
      className="flex flex-col gap-5"
    >
      <FormMessages formError={formError} success={success} />
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}

      <Field name="name" label="Name" defaultValue={values.name} required errors={errors.name} />
      {mode === "create" ? (
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <Field
            name="slug"
            label="Web address"
            hint="The end of the product's address, e.g. ultragun-mini for /products/ultragun-mini. Fixed once created."
            required
            errors={errors.slug}
          />
          <Field name="sku" label="SKU" hint="Stock-keeping code, e.g. UC-UGMINI. Fixed once created." required errors={errors.sku} />
        </div>
      ) : null}
      <Field name="tagline" label="Tagline" defaultValue={values.tagline} hint="One line under the name." required errors={errors.tagline} />
      <TextAreaField
        name="description"
        label="Description"
        rows={10}
        mono
        defaultValue={values.description}
        hint="Markdown: ## for a heading, - for a list, **bold**. Raw HTML is not shown."
        errors={errors.description}
      />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <Field name="price" label="Price (US dollars)" defaultValue={values.price} hint="For example 249.00." required errors={errors.price} />
        <Field
          name="lowStockThreshold"
          label="Low-stock threshold"
          type="number"
          defaultValue={String(values.lowStockThreshold)}
          hint="Staff are warned when the units available fall to this number."
          errors={errors.lowStockThreshold}
        />
      </div>
      <TextAreaField
        name="images"
        label="Pictures"
        rows={3}
        mono
        defaultValue={values.images.join("\n")}
        hint="One site path per line, main picture first, e.g. /images/products/us111.png."
        errors={imageErrors?.length ? imageErrors : undefined}
      />
      <SpecFields values={values.specs} errors={errors} />
      <TextAreaField name="bestFor" label="Best for" rows={2} defaultValue={values.bestFor} hint="Who this device suits, in a sentence." errors={errors.bestFor} />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <SelectField
          name="severity"
          label="Cramps it is for"
          defaultValue={values.severity}
          options={[
            { value: "SEVERE", label: "Severe cramps" },
            { value: "MILD_TO_MODERATE", label: "Mild to moderate cramps" },
          ]}
          errors={errors.severity}
        />
        <SelectField
          name="status"
          label="Status"
          defaultValue={values.active ? "active" : "archived"}
          options={[
            { value: "active", label: "On sale" },
            { value: "archived", label: "Archived (hidden from the shop)" },
          ]}
          errors={errors.status}
        />
      </div>
      <div>
        <SubmitButton pending={pending}>{pending ? "Saving…" : mode === "create" ? "Create product" : "Save changes"}</SubmitButton>
      </div>
    </form>
  );
}
