// Coupon editing against a real database: what a save stores, the audit row each change writes, and the live usage the list shows.
import { beforeAll, describe, expect, it } from "vitest";
import { diffAuditValues } from "../audit/diff-audit-values";
import { getFlashSale } from "../../promotions/get-flash-sale";
import { createUser } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { seed } from "../../../prisma/seed/seed";
import { couponSchema } from "./coupon-schema";
import { createCoupon } from "./create-coupon";
import { getCouponForEdit } from "./get-coupon-for-edit";
import { listCoupons } from "./list-coupons";
import { setCouponActive } from "./set-coupon-active";
import { updateCoupon } from "./update-coupon";

const database = setupTestDatabase();
const ids: Record<string, string> = {};
let marketerId = "";

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  for (const product of await database.db.product.findMany()) ids[product.slug] = product.id;
  marketerId = (await createUser(database.db, "MARKETING")).id;
});

const parse = (fields: Record<string, unknown>) => couponSchema.parse(fields);

describe("saving coupons", () => {
  it("creates an order-wide coupon with exclusions and audits it", async () => {
    const input = parse({ code: " welcome5 ", kind: "ORDER_FIXED", amountOff: "5", excluded: [ids.us111], startsAt: "2026-12-01T00:00", maxPerCustomer: "1", active: "on" });
    const result = await createCoupon(input, marketerId);
    expect(result).toMatchObject({ ok: true, coupon: { code: "WELCOME5" } });
    const id = (result as { coupon: { id: string } }).coupon.id;
    expect(await getCouponForEdit(id)).toMatchObject({ code: "WELCOME5", kind: "ORDER_FIXED", amountOffCents: 500, excludedProductIds: [ids.us111], maxPerCustomer: 1, active: true });
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ actorId: marketerId, action: "coupon.create", entityType: "coupon", before: null, after: { code: "WELCOME5", amountOffCents: 500 } });
    expect(await createCoupon(input, marketerId)).toEqual({ ok: false, code: "CODE_TAKEN" });
  });

  it("changes FLASHSALE's rate for UltraGun: the storefront's sale reads the new rate and the audit row shows before and after", async () => {
    const sale = await database.db.coupon.findUniqueOrThrow({ where: { code: "FLASHSALE" }, include: { rates: true } });
    const rates = Object.fromEntries(sale.rates.map((rate) => [`rate.${rate.productId}`, String(rate.percentOff)]));
    const input = parse({ ...rates, [`rate.${ids.ultragun}`]: "50", code: "FLASHSALE", description: sale.description, kind: "PRODUCT_PERCENT", startsAt: sale.startsAt.toISOString().slice(0, 16), endsAt: sale.endsAt!.toISOString().slice(0, 16), active: "on" });
    expect(await updateCoupon(sale.id, input, marketerId)).toEqual({ ok: true, coupon: { id: sale.id, code: "FLASHSALE" } });

    const live = await getFlashSale();
    expect(live?.rates[ids.ultragun]).toBe(50);
    expect(live?.rates[ids["ultragun-pro"]]).toBe(60);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: sale.id, action: "coupon.update" } });
    expect((audit.before as { rates: Record<string, number> }).rates[ids.ultragun]).toBe(75);
    expect((audit.after as { rates: Record<string, number> }).rates[ids.ultragun]).toBe(50);
    // The form shows times to the minute; an untouched window keeps its exact stored instants.
    expect(diffAuditValues(audit.before, audit.after).map((change) => change.field)).toEqual(["rates"]);
  });

  it("answers NOT_FOUND for a coupon that does not exist, and UNKNOWN_PRODUCT for a rate on no product", async () => {
    const input = parse({ code: "GHOST", kind: "PRODUCT_PERCENT", "rate.not-a-product": "10", startsAt: "2026-12-01T00:00" });
    expect(await updateCoupon("no-such-coupon", input, marketerId)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await createCoupon(input, marketerId)).toEqual({ ok: false, code: "UNKNOWN_PRODUCT" });
  });

  it("deactivates a coupon once (one audit row), and the storefront stops offering it", async () => {
    const sale = await database.db.coupon.findUniqueOrThrow({ where: { code: "FLASHSALE" } });
    expect(await setCouponActive(sale.id, false, marketerId)).toEqual({ ok: true, couponCode: "FLASHSALE", changed: true });
    expect(await setCouponActive(sale.id, false, marketerId)).toEqual({ ok: true, couponCode: "FLASHSALE", changed: false });
    expect(await getFlashSale()).toBeNull();
    expect(await database.db.auditLog.count({ where: { entityId: sale.id, action: "coupon.deactivate" } })).toBe(1);
    await setCouponActive(sale.id, true, marketerId);
    expect(await getFlashSale()).not.toBeNull();
  });
});

describe("listCoupons", () => {
  it("shows redeemed uses and live holds, not lapsed or released ones", async () => {
    const now = new Date("2026-12-10T12:00:00Z");
    const created = await createCoupon(parse({ code: "COUNTED", kind: "ORDER_PERCENT", percentOff: "10", startsAt: "2026-12-01T00:00", maxRedemptions: "20" }), marketerId);
    const couponId = (created as { coupon: { id: string } }).coupon.id;
    const uses = [
      { status: "REDEEMED", expiresAt: null },
      { status: "REDEEMED", expiresAt: null },
      { status: "HELD", expiresAt: new Date(now.getTime() + 600_000) },
      { status: "HELD", expiresAt: new Date(now.getTime() - 600_000) },
      { status: "RELEASED", expiresAt: null },
    ] as const;
    for (const [i, use] of uses.entries()) {
      const order = await database.db.order.create({
        data: { number: `UC-CNT${i}`, email: `c${i}@example.com`, subtotalCents: 1000, totalCents: 900, discountCents: 100, provider: "TEST", holdExpiresAt: now, couponId },
      });
      await database.db.couponRedemption.create({ data: { couponId, orderId: order.id, customerKey: `c${i}@example.com`, status: use.status, expiresAt: use.expiresAt } });
    }
    const row = (await listCoupons(now)).find((coupon) => coupon.code === "COUNTED");
    expect(row).toMatchObject({ redeemed: 2, held: 1, maxRedemptions: 20, kind: "ORDER_PERCENT", percentOff: 10 });
  });
});
