// What the stock form may send. The sign of the quantity must fit the reason: a restock or a return
// adds units, damage removes them, a correction (a count that differs from the books) goes either way.
import { z } from "zod";
import type { MovementReason } from "../../generated/prisma/enums";

/** The movements staff may record by hand; SALE and SEED are written by orders and the seed. */
export const ADJUST_REASONS = ["RESTOCK", "CORRECTION", "DAMAGE", "RETURN"] as const satisfies readonly MovementReason[];
export type AdjustReason = (typeof ADJUST_REASONS)[number];

export const REASON_LABELS: Record<MovementReason, string> = {
  RESTOCK: "Restock",
  CORRECTION: "Correction",
  DAMAGE: "Damaged",
  RETURN: "Return",
  SALE: "Sale",
  SEED: "Opening stock",
};

export const MAX_ADJUSTMENT = 100_000;

export const adjustStockSchema = z
  .object({
    productId: z.string().min(1),
    quantity: z
      .string({ error: "Enter how many units to add (e.g. 5) or remove (e.g. -2)." })
      .trim()
      .regex(/^[+-]?\d{1,6}$/, "Enter a whole number: positive to add units, negative (e.g. -2) to remove them.")
      .transform(Number)
      .refine((n) => n !== 0, "Enter a number other than zero.")
      .refine((n) => Math.abs(n) <= MAX_ADJUSTMENT, `Adjust by at most ${MAX_ADJUSTMENT.toLocaleString("en-US")} units at a time.`),
    reason: z.enum(ADJUST_REASONS, { error: "Choose a reason." }),
    note: z.string().trim().max(500, "Keep the note under 500 characters.").default(""),
  })
  .superRefine((input, ctx) => {
    if ((input.reason === "RESTOCK" || input.reason === "RETURN") && input.quantity < 0) {
      ctx.addIssue({ code: "custom", path: ["quantity"], message: `A ${REASON_LABELS[input.reason].toLowerCase()} adds units: enter a positive number, or choose Correction or Damaged.` });
    }
    if (input.reason === "DAMAGE" && input.quantity > 0) {
      ctx.addIssue({ code: "custom", path: ["quantity"], message: "Damaged units leave stock: enter a negative number, e.g. -1." });
    }
  })
  .transform(({ quantity, note, ...rest }) => ({ ...rest, delta: quantity, note: note || null }));

export type AdjustStockInput = z.output<typeof adjustStockSchema>;
