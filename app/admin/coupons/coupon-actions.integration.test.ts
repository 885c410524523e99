// The coupon form's server actions, called as the browser would (FormData) by a marketer: every bad
// field comes back with its own message, under its own name, and nothing is saved.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getFlashSale } from "@/lib/promotions/get-flash-sale";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { seed } from "@/prisma/seed/seed";
import { createCouponAction, updateCouponAction } from "./actions";

const database = setupTestDatabase();
const ids: Record<string, string> = {};
let marketerId = "";

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  for (const product of await database.db.product.findMany()) ids[product.slug] = product.id;
  marketerId = (await createUser(database.db, "MARKETING")).id;
});
afterEach(stopActing);

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

describe("the coupon form, through its server action", () => {
  it("answers every bad field with its own message and saves nothing", async () => {
    actAs(marketerId);
    const before = await database.db.coupon.count();
    const result = await createCouponAction(
      undefined,
      form({ code: "no spaces please", kind: "PRODUCT_PERCENT", [`rate.${ids.ultragun}`]: "150", startsAt: "2026-12-01T10:00", endsAt: "2026-11-01T10:00" }),
    );
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", formError: "Please correct the fields marked below." });
    const fieldErrors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual(["code", "endsAt", `rates.${ids.ultragun}`].sort());
    expect(await database.db.coupon.count()).toBe(before);
  });

  it("refuses a code another coupon has (in any case) under the code field", async () => {
    actAs(marketerId);
    const result = await createCouponAction(undefined, form({ code: "flashsale", kind: "ORDER_PERCENT", percentOff: "5", startsAt: "2026-12-01T10:00" }));
    expect(result).toEqual({
      ok: false,
      code: "CODE_TAKEN",
      formError: "Please correct the fields marked below.",
      fieldErrors: { code: ["Another coupon already uses this code."] },
    });
  });

  it("refuses an edit whose rate is out of range, leaving the coupon as it was", async () => {
    actAs(marketerId);
    const sale = await database.db.coupon.findUniqueOrThrow({ where: { code: "FLASHSALE" } });
    const result = await updateCouponAction(
      undefined,
      form({ id: sale.id, code: "FLASHSALE", kind: "PRODUCT_PERCENT", [`rate.${ids.ultragun}`]: "-5", startsAt: "2026-11-01T00:00" }),
    );
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { [`rates.${ids.ultragun}`]: [expect.stringContaining("1 to 100")] } });
    expect((await getFlashSale())?.rates[ids.ultragun]).toBe(75);
  });
});

