// What the product form may send, parsed on the server. FormData is strings: the price arrives as the
// dollars the editor typed and becomes integer cents here; images are one path per line; specs are one
// field per canonical key (`specs.<key>`, lib/catalog/spec-keys.ts), every one required, so every device
// answers the same rows on its page and on the comparison.
import { z } from "zod";
import { MAX_SPEC_VALUE_LENGTH, SPEC_KEYS, SPEC_LABELS, type SpecKey } from "../../catalog/spec-keys";
import { CrampSeverity } from "../../generated/prisma/enums";
import { dollarsToCents } from "../../money";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../../slug";

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} under ${max} characters.`);

const specValue = (label: string) =>
  z
    .string({ error: `Fill in “${label}”.` })
    .trim()
    .min(1, `Fill in “${label}”.`)
    .max(MAX_SPEC_VALUE_LENGTH, `Keep “${label}” under ${MAX_SPEC_VALUE_LENGTH} characters.`);

const specsSchema = z.object(
  Object.fromEntries(SPEC_KEYS.map((key) => [key, specValue(SPEC_LABELS[key])])) as Record<SpecKey, ReturnType<typeof specValue>>,
);

/** The form's flat `specs.<key>` fields gathered into one object, so errors land on `specs.<key>`. */
function gatherSpecs(input: unknown): unknown {
  if (!input || typeof input !== "object") return input;
  const form = input as Record<string, unknown>;
  return { ...form, specs: Object.fromEntries(SPEC_KEYS.map((key) => [key, form[`specs.${key}`]])) };
}

/** Site paths only (the storefront serves product pictures itself), e.g. /images/products/us111.png. */
const IMAGE_PATH = /^\/(?!.*\.\.)[A-Za-z0-9._\-/]+\.(png|jpe?g|webp|avif|svg)$/i;

export const MAX_IMAGES = 8;

const productFields = z
  .object({
    name: text("a name", 120),
    tagline: text("a tagline", 200),
    description: text("a description", 20_000),
    price: z
      .string({ error: "Enter a price in dollars, e.g. 249.00." })
      .transform((value, ctx) => {
        const cents = dollarsToCents(value);
        if (cents === null) {
          ctx.addIssue({ code: "custom", message: "Enter a price in dollars, e.g. 249.00." });
          return z.NEVER;
        }
        if (cents < 100) {
          ctx.addIssue({ code: "custom", message: "The price must be at least $1.00." });
          return z.NEVER;
        }
        return cents;
      }),
    images: z
      .string()
      .default("")
      .transform((value) => [...new Set(value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))])
      .pipe(
        z
          .array(z.string().regex(IMAGE_PATH, "Each picture must be a site path such as /images/products/us111.png."))
          .max(MAX_IMAGES, `Use at most ${MAX_IMAGES} pictures.`),
      ),
    specs: specsSchema,
    bestFor: text("who it is best for", 300),
    severity: z.enum(CrampSeverity, { error: "Choose the cramps it is for." }),
    lowStockThreshold: z.coerce
      .number({ error: "Enter a whole number of units." })
      .int("Enter a whole number of units.")
      .min(0, "The threshold cannot be negative.")
      .max(10_000, "Keep the threshold under 10,000."),
    status: z.enum(["active", "archived"], { error: "Choose on sale or archived." }),
  })
  .transform(({ price, status, ...rest }) => ({ ...rest, priceCents: price, active: status === "active" }));

export const productFieldsSchema = z.preprocess(gatherSpecs, productFields);

export type ProductFieldsInput = z.output<typeof productFieldsSchema>;

/** A new product also needs its address and stock-keeping code, which stay fixed afterwards. */
export const newProductSchema = z
  .object({
    slug: z
      .string({ error: "Enter a web address name." })
      .trim()
      .toLowerCase()
      .min(2, "Use at least 2 characters.")
      .max(MAX_SLUG_LENGTH.product, `Keep it under ${MAX_SLUG_LENGTH.product} characters.`)
      .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens, e.g. ultragun-mini."),
    sku: z
      .string({ error: "Enter a SKU." })
      .trim()
      .toUpperCase()
      .min(2, "Use at least 2 characters.")
      .max(40, "Keep it under 40 characters.")
      .regex(/^[A-Z0-9][A-Z0-9-]*$/, "Use letters, digits and hyphens, e.g. UC-UGMINI."),
  })
  .and(productFieldsSchema);

export type NewProductInput = z.output<typeof newProductSchema>;

export const editProductSchema = z.object({ id: z.string().min(1) }).and(productFieldsSchema);

export const productStatusSchema = z.object({
  id: z.string().min(1),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
