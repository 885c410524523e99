// What the coupon form may send, checked field by field. FormData is strings: numbers, money (typed in
// dollars, stored in cents), dates (UTC) and checkboxes are converted here, and every problem is reported
// under the field it belongs to. Fields that do not apply to the chosen kind are dropped, never stored.
import { z } from "zod";
import { CouponKind } from "../../generated/prisma/enums";
import { dollarsToCents } from "../../money";

export const COUPON_KINDS = Object.values(CouponKind);
export type CouponKindValue = CouponKind;

/** Form field names for per-product rates are `rate.<productId>`. */
export const RATE_FIELD_PREFIX = "rate.";

const CODE = /^[A-Z0-9][A-Z0-9_-]{2,31}$/;

/** `<input type="datetime-local">` text, read as UTC; null when it is not a date and time. */
export function parseUtcDateTime(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return null;
  const date = new Date(`${text}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The other way: a date as the value of a datetime-local input, in UTC. */
export function toUtcInputValue(date: Date | null): string {
  return date ? date.toISOString().slice(0, 16) : "";
}

const text = (max: number, message: string) => z.string().trim().max(max, message).optional().default("");
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean));

function collectRates(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const rates: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(RATE_FIELD_PREFIX)) rates[key.slice(RATE_FIELD_PREFIX.length)] = value;
    else rest[key] = value;
  }
  return { ...rest, rates };
}

function wholeNumber(raw: string, min: number, max: number): number | null {
  if (!/^\d{1,9}$/.test(raw.trim())) return null;
  const value = Number(raw.trim());
  return value >= min && value <= max ? value : null;
}

export const couponSchema = z.preprocess(
  collectRates,
  z
    .object({
      id: z.string().max(64).optional(),
      code: text(40, "Use at most 32 characters."),
      description: text(200, "Use at most 200 characters."),
      kind: z.enum(CouponKind, { message: "Choose what the coupon takes off." }),
      percentOff: text(10, "Enter a whole number from 1 to 100."),
      amountOff: text(20, "Enter an amount such as 10 or 12.50."),
      rates: z.record(z.string(), z.string().max(10).optional()).default({}),
      excluded: list,
      startsAt: text(30, "Enter a date and time."),
      endsAt: text(30, "Enter a date and time."),
      maxRedemptions: text(12, "Enter a whole number."),
      maxPerCustomer: text(12, "Enter a whole number."),
      minSubtotal: text(20, "Enter an amount such as 50 or 49.99."),
      active: z.string().optional(),
    })
    .transform((form, ctx) => {
      const fail = (path: string[], message: string) => ctx.addIssue({ code: "custom", path, message });
      const code = form.code.toUpperCase();
      if (!code) fail(["code"], "Enter a code.");
      else if (!CODE.test(code)) fail(["code"], "Use 3 to 32 letters, digits, dashes or underscores, starting with a letter or digit.");

      let percentOff: number | null = null;
      let amountOffCents: number | null = null;
      const rates: { productId: string; percentOff: number }[] = [];
      if (form.kind === "ORDER_PERCENT") {
        percentOff = wholeNumber(form.percentOff, 1, 100);
        if (percentOff === null) fail(["percentOff"], "Enter a whole number from 1 to 100.");
      } else if (form.kind === "ORDER_FIXED") {
        amountOffCents = dollarsToCents(form.amountOff);
        if (amountOffCents === null || amountOffCents === 0) fail(["amountOff"], "Enter an amount above zero, such as 10 or 12.50.");
      } else {
        let badRate = false;
        for (const [productId, raw] of Object.entries(form.rates)) {
          if (!raw?.trim()) continue;
          const rate = wholeNumber(raw, 1, 100);
          if (rate === null) {
            badRate = true;
            fail(["rates", productId], "Enter a whole number from 1 to 100, or leave it empty.");
          } else rates.push({ productId, percentOff: rate });
        }
        if (rates.length === 0 && !badRate) {
          fail(["rates"], "Give at least one product a rate.");
        }
      }

      const startsAt = parseUtcDateTime(form.startsAt);
      if (!startsAt) fail(["startsAt"], "Enter when the coupon starts.");
      const endsAt = form.endsAt ? parseUtcDateTime(form.endsAt) : null;
      if (form.endsAt && !endsAt) fail(["endsAt"], "Enter a date and time, or leave it empty for no end.");
      if (startsAt && endsAt && endsAt <= startsAt) fail(["endsAt"], "The end must come after the start.");

      const maxRedemptions = form.maxRedemptions ? wholeNumber(form.maxRedemptions, 1, 1_000_000) : null;
      if (form.maxRedemptions && maxRedemptions === null) fail(["maxRedemptions"], "Enter a whole number of 1 or more, or leave it empty.");
      const maxPerCustomer = form.maxPerCustomer ? wholeNumber(form.maxPerCustomer, 1, 1_000_000) : null;
      if (form.maxPerCustomer && maxPerCustomer === null) fail(["maxPerCustomer"], "Enter a whole number of 1 or more, or leave it empty.");
      if (maxRedemptions !== null && maxPerCustomer !== null && maxPerCustomer > maxRedemptions) {
        fail(["maxPerCustomer"], "A customer cannot use it more often than the total limit.");
      }
      const minSubtotalCents = form.minSubtotal ? dollarsToCents(form.minSubtotal) : 0;
      if (minSubtotalCents === null) fail(["minSubtotal"], "Enter an amount such as 50 or 49.99, or leave it empty.");

      return {
        id: form.id || undefined,
        code,
        description: form.description,
        kind: form.kind,
        percentOff,
        amountOffCents,
        rates,
        // Exclusions only mean something for order-wide coupons; product rates already name their products.
        excludedProductIds: form.kind === "PRODUCT_PERCENT" ? [] : [...new Set(form.excluded)],
        startsAt: startsAt ?? new Date(0),
        endsAt,
        maxRedemptions,
        maxPerCustomer,
        minSubtotalCents: minSubtotalCents ?? 0,
        active: form.active === "on" || form.active === "true",
      };
    }),
);

export type CouponInput = z.output<typeof couponSchema>;
