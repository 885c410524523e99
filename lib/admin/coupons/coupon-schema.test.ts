import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "../../actions/define-action";
import { couponSchema } from "./coupon-schema";

const base = { code: "spring-10", kind: "ORDER_PERCENT", percentOff: "10", startsAt: "2026-12-01T09:00" };

function errorsFor(form: Record<string, unknown>) {
  const parsed = couponSchema.safeParse(form);
  return parsed.success ? {} : zodFieldErrors(parsed.error);
}

describe("couponSchema", () => {
  it("normalises the code to capitals, reads dates as UTC, money in cents and drops fields of other kinds", () => {
    const parsed = couponSchema.parse({
      ...base,
      amountOff: "5",
      "rate.p1": "30",
      excluded: ["p2", "p2"],
      endsAt: "2026-12-08T09:00",
      maxRedemptions: "100",
      maxPerCustomer: "1",
      minSubtotal: "49.9",
      active: "on",
    });
    expect(parsed).toMatchObject({
      code: "SPRING-10",
      kind: "ORDER_PERCENT",
      percentOff: 10,
      amountOffCents: null,
      rates: [],
      excludedProductIds: ["p2"],
      startsAt: new Date("2026-12-01T09:00:00Z"),
      endsAt: new Date("2026-12-08T09:00:00Z"),
      maxRedemptions: 100,
      maxPerCustomer: 1,
      minSubtotalCents: 4990,
      active: true,
    });
  });

  it("keeps per-product rates for PRODUCT_PERCENT, skipping empty ones, and ignores exclusions", () => {
    const parsed = couponSchema.parse({ ...base, kind: "PRODUCT_PERCENT", "rate.gun": "75", "rate.pro": "", excluded: "gun" });
    expect(parsed).toMatchObject({ rates: [{ productId: "gun", percentOff: 75 }], excludedProductIds: [], percentOff: null, active: false });
  });

  it.each([
    ["no code", { ...base, code: "" }, "code", "Enter a code."],
    ["a code with spaces", { ...base, code: "half off" }, "code", "Use 3 to 32 letters"],
    ["an unknown kind", { ...base, kind: "FREE" }, "kind", "Choose what the coupon takes off."],
    ["a percentage above 100", { ...base, percentOff: "120" }, "percentOff", "from 1 to 100"],
    ["a fractional percentage", { ...base, percentOff: "12.5" }, "percentOff", "from 1 to 100"],
    ["a zero fixed amount", { ...base, kind: "ORDER_FIXED", amountOff: "0" }, "amountOff", "above zero"],
    ["a fixed amount with three decimals", { ...base, kind: "ORDER_FIXED", amountOff: "1.005" }, "amountOff", "above zero"],
    ["no product rate at all", { ...base, kind: "PRODUCT_PERCENT" }, "rates", "at least one product"],
    ["a product rate of 0", { ...base, kind: "PRODUCT_PERCENT", "rate.gun": "0" }, "rates.gun", "from 1 to 100"],
    ["no start", { ...base, startsAt: "" }, "startsAt", "when the coupon starts"],
    ["an end before the start", { ...base, endsAt: "2026-11-30T09:00" }, "endsAt", "after the start"],
    ["a total limit of 0", { ...base, maxRedemptions: "0" }, "maxRedemptions", "1 or more"],
    ["a per-customer limit above the total", { ...base, maxRedemptions: "5", maxPerCustomer: "6" }, "maxPerCustomer", "more often than the total"],
    ["a minimum subtotal in words", { ...base, minSubtotal: "fifty" }, "minSubtotal", "such as 50"],
  ])("refuses %s, under its field", (_name, form, field, message) => {
    const errors = errorsFor(form);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field].join(" ")).toContain(message);
  });

  it("reports every bad field at once", () => {
    expect(Object.keys(errorsFor({ kind: "ORDER_FIXED", amountOff: "-3", startsAt: "soon", maxPerCustomer: "x" })).sort()).toEqual(
      ["amountOff", "code", "maxPerCustomer", "startsAt"].sort(),
    );
  });
});
