// What the product form may send, parsed on the server. FormData is strings: the price arrives as the
// dollars the editor typed and becomes integer cents here; images are one path per line; specs are
// parallel label/value rows.
import { z } from "zod";
import { CrampSeverity } from "../../generated/prisma/enums";
import { dollarsToCents } from "../../money";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../../slug";

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} under ${max} characters.`);

const rows = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));

/** Site paths only (the storefront serves product pictures itself), e.g. /images/products/us111.png. */
const IMAGE_PATH = /^\/(?!.*\.\.)[A-Za-z0-9._\-/]+\.(png|jpe?g|webp|avif|svg)$/i;

export const MAX_IMAGES = 8;
export const MAX_SPECS = 20;

export const productFieldsSchema = z
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
    specLabel: rows,
    specValue: rows,
    bestFor: text("who it is best for", 300),
    severity: z.enum(CrampSeverity, { error: "Choose the cramps it is for." }),
    lowStockThreshold: z.coerce
      .number({ error: "Enter a whole number of units." })
      .int("Enter a whole number of units.")
      .min(0, "The threshold cannot be negative.")
      .max(10_000, "Keep the threshold under 10,000."),
    status: z.enum(["active", "archived"], { error: "Choose on sale or archived." }),
  })
  .transform(({ specLabel, specValue, price, status, ...rest }, ctx) => {
    const specs: { label: string; value: string }[] = [];
    const count = Math.max(specLabel.length, specValue.length);
    for (let i = 0; i < count; i++) {
      const label = (specLabel[i] ?? "").trim();
      const value = (specValue[i] ?? "").trim();
      if (!label && !value) continue; // an empty row left in the form
      if (!label || !value || label.length > 60 || value.length > 200) {
        ctx.addIssue({ code: "custom", path: ["specs"], message: `Row ${i + 1}: give both a label (up to 60 characters) and a value (up to 200).` });
        continue;
      }
      specs.push({ label, value });
    }
    if (specs.length > MAX_SPECS) ctx.addIssue({ code: "custom", path: ["specs"], message: `Use at most ${MAX_SPECS} spec rows.` });
    return { ...rest, priceCents: price, specs, active: status === "active" };
  });

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
