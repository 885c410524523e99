// What the shopper's return form may send: a reason (optional, as the returns policy promises) and, for each
// order line, a quantity in a field named `quantity-<order line id>`. Ids and quantities are only claims here:
// requestReturn checks each id belongs to the order and each quantity against what is still returnable.
import { z } from "zod";

export const QUANTITY_FIELD_PREFIX = "quantity-";

/** The most lines and units a request can name; far above any real order (cart lines are capped at 10). */
const MAX_LINES = 50;
const MAX_UNITS = 100;

const NOT_THIS_ORDER = "This form does not match your order. Reload the page.";

const quantity = z.coerce
  .number({ message: "Enter a whole number." })
  .int("Enter a whole number.")
  .min(0, "Enter 0 or more.")
  .max(MAX_UNITS, "That is more than you bought.");

const reasonField = z
  .string()
  .trim()
  .max(1000, "Keep the reason under 1,000 characters.")
  .optional()
  .transform((reason) => reason ?? "");

/**
 * The return form's schema, with the fields that say whose order it is (`identity`: the account page's order
 * number, or the guest page's signed link). Gives `{ ...identity, reason, lines }`, lines with 0 left out.
 */
export function returnRequestSchema<Identity extends z.ZodRawShape>(identity: Identity) {
  return z.looseObject({ ...identity, reason: reasonField }).transform((fields, ctx) => {
    const names = Object.keys(fields).filter((name) => name.startsWith(QUANTITY_FIELD_PREFIX));
    if (names.length > MAX_LINES) ctx.addIssue({ code: "custom", path: ["form"], message: NOT_THIS_ORDER });
    const lines: ReturnLineInput[] = [];
    for (const name of names.slice(0, MAX_LINES)) {
      const orderLineId = name.slice(QUANTITY_FIELD_PREFIX.length);
      const value = fields[name];
      const parsed = quantity.safeParse(typeof value === "string" && value.trim() === "" ? 0 : value);
      if (!orderLineId || orderLineId.length > 100) ctx.addIssue({ code: "custom", path: ["form"], message: NOT_THIS_ORDER });
      else if (!parsed.success) ctx.addIssue({ code: "custom", path: [name], message: parsed.error.issues[0].message });
      else if (parsed.data > 0) lines.push({ orderLineId, quantity: parsed.data });
    }
    return { ...fields, lines };
  });
}

export type ReturnLineInput = { orderLineId: string; quantity: number };
