// What the shipping zone form may send. FormData is strings: money is typed in dollars and stored in cents,
// countries as ISO codes separated by commas or spaces, days as whole numbers; every problem is reported
// under its own field. A zone's name is not edited here (it is how the seed and the policy page name it).
import { z } from "zod";
import { dollarsToCents } from "../../money";
import { isCountryCode } from "../../shipping/country-names";

/** Delivery estimates above this many business days are surely typing mistakes. */
const MAX_DAYS = 60;

function wholeDays(raw: string): number | null {
  if (!/^\d{1,3}$/.test(raw.trim())) return null;
  const value = Number(raw.trim());
  return value >= 1 && value <= MAX_DAYS ? value : null;
}

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).optional().default("");

export const shippingZoneSchema = z
  .object({
    id: z.string().trim().min(1).max(64),
    countries: text(600),
    rate: text(20),
    freeOver: text(20),
    minDays: text(5),
    maxDays: text(5),
    active: z.string().optional(),
  })
  .transform((form, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const countries = [...new Set(form.countries.toUpperCase().split(/[\s,;]+/).filter(Boolean))];
    const unknown = countries.filter((code) => !isCountryCode(code));
    if (countries.length === 0) fail("countries", "Enter at least one country code, such as US.");
    else if (unknown.length) fail("countries", `Not ISO country codes: ${unknown.join(", ")}. Use two letters, such as GB or DE.`);

    const rateCents = dollarsToCents(form.rate);
    if (rateCents === null) fail("rate", "Enter an amount such as 9.95, or 0 for free shipping.");
    const freeShippingOverCents = form.freeOver ? dollarsToCents(form.freeOver) : null;
    if (form.freeOver && freeShippingOverCents === null) fail("freeOver", "Enter an amount such as 150, or leave it empty to never ship free.");

    const minDays = wholeDays(form.minDays);
    const maxDays = wholeDays(form.maxDays);
    if (minDays === null) fail("minDays", `Enter a whole number of business days from 1 to ${MAX_DAYS}.`);
    if (maxDays === null) fail("maxDays", `Enter a whole number of business days from 1 to ${MAX_DAYS}.`);
    else if (minDays !== null && maxDays < minDays) fail("maxDays", "The longest time cannot be shorter than the shortest.");

    return {
      id: form.id,
      countries,
      rateCents: rateCents ?? 0,
      freeShippingOverCents,
      minDays: minDays ?? 1,
      maxDays: maxDays ?? 1,
      active: form.active === "on" || form.active === "true",
    };
  });

export type ShippingZoneInput = z.output<typeof shippingZoneSchema>;
