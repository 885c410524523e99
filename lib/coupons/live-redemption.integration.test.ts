// One rule for what uses up a coupon: paid uses, and holds of pending orders whose hold has not lapsed.
// Pricing (Prisma filter) and checkout's conditional hold (SQL) count the same rows, so a shopper is never
// told a code is used up by one and let through by the other.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { addLine } from "../cart/change-lines";
import type { OrderStatus, RedemptionStatus } from "../generated/prisma/client";
import { env } from "../env";
import { createOrderFromCart } from "../orders/create-order";
import { releaseOrder } from "../orders/release-order";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { liveRedemptionSql, liveRedemptionWhere } from "./live-redemption";
import { loadCouponRules } from "./load-coupon-rules";

const database = setupTestDatabase();
const now = new Date();
const inAnHour = new Date(now.getTime() + 3600_000);
const anHourAgo = new Date(now.getTime() - 3600_000);
let couponId: string;

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", now, log: () => {} });
  couponId = (await database.db.coupon.create({ data: { code: "FEWLEFT", kind: "ORDER_PERCENT", percentOff: 10, startsAt: anHourAgo, maxRedemptions: 3 } })).id;
  const rows: [OrderStatus, RedemptionStatus, Date | null][] = [
    ["PAID", "REDEEMED", null], // counts
    ["PENDING", "HELD", inAnHour], // counts
    ["PENDING", "HELD", null], // a hold with no expiry holds nothing
    ["PENDING", "HELD", anHourAgo], // lapsed, not yet swept
    ["CANCELLED", "HELD", inAnHour], // its order was closed
    ["EXPIRED", "RELEASED", inAnHour],
  ];
  for (const [i, [status, redemption, expiresAt]] of rows.entries()) {
    const order = await database.db.order.create({
      data: { number: `UC-LIVE${i}`, email: `live${i}@example.com`, status, subtotalCents: 100, totalCents: 100, provider: "TEST", holdExpiresAt: expiresAt ?? now, couponId },
    });
    await database.db.couponRedemption.create({ data: { couponId, orderId: order.id, customerKey: `live${i}@example.com`, status: redemption, expiresAt } });
  }
});

describe("the live-redemption rule", () => {
  it("counts the paid use and the pending order's unlapsed hold, the same in SQL and in Prisma", async () => {
    expect(await database.db.couponRedemption.count({ where: { AND: [{ couponId }, liveRedemptionWhere(now)] } })).toBe(2);
    const [{ count }] = await database.db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM "coupon_redemptions" r WHERE r."coupon_id" = ${couponId} AND ${liveRedemptionSql("r", now)}`;
    expect(count).toBe(2);
    expect(await loadCouponRules("FEWLEFT", { email: "new@example.com" }, now)).toMatchObject({ usedOrHeld: 2 });
  });

  it("lets the third use through at checkout: pricing does not count holds that hold nothing", async () => {
    const product = await database.db.product.update({ where: { slug: "ultragun" }, data: { stock: 10, reserved: 0 } });
    const cart = await database.db.cart.create({ data: { couponCode: "FEWLEFT" } });
    expect(await addLine(cart.id, product.id, 1)).toEqual({ ok: true });
    expect(await createOrderFromCart(cart.id, { email: "third@example.com" }, "TEST", now)).toMatchObject({ ok: true, order: { couponCode: "FEWLEFT" } });
    const another = await database.db.cart.create({ data: { couponCode: "FEWLEFT" } });
    expect(await addLine(another.id, product.id, 1)).toEqual({ ok: true });
    expect(await createOrderFromCart(another.id, { email: "fourth@example.com" }, "TEST", now)).toMatchObject({ ok: false, code: "COUPON_USED_UP" });
  });

  it("gives the use of a released hold, or of a lapsed one not yet swept, to the next shopper", async () => {
    const product = await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } });
    const checkOut = async (email: string, at: Date) => {
      const cart = await database.db.cart.create({ data: { couponCode: "FEWLEFT" } });
      expect(await addLine(cart.id, product.id, 1)).toEqual({ ok: true });
      return createOrderFromCart(cart.id, { email }, "TEST", at);
    };
    const third = await database.db.order.findFirstOrThrow({ where: { email: "third@example.com" } });
    expect(await releaseOrder(third.id, "cancelled", now)).toBe(true);
    expect(await checkOut("fifth@example.com", now)).toMatchObject({ ok: true, order: { couponCode: "FEWLEFT" } });
    expect(await checkOut("sixth@example.com", now)).toMatchObject({ ok: false, code: "COUPON_USED_UP" });

    const fifthLapsed = new Date(now.getTime() + env().CHECKOUT_HOLD_MINUTES * 60_000 + 1000);
    expect(await checkOut("seventh@example.com", fifthLapsed)).toMatchObject({ ok: true, order: { couponCode: "FEWLEFT" } });
  });
});
