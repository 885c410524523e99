// The scheduled clean-up against a real database: what an owner would see go (abandoned carts, ended
// rate-limit windows) and what must stay (recent carts, live limits, carts of pending checkouts, orders).
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { addLine } from "@/lib/cart/change-lines";
import { createOrderFromCart } from "@/lib/orders/create-order";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { purgeStaleRows } from "./purge-stale-rows";

const database = setupTestDatabase();
const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-04T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
let productId = "";

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  productId = (await database.db.product.update({ where: { slug: "ultragun" }, data: { stock: 50, reserved: 0 } })).id;
});

/** A guest cart holding 2 UltraGuns, last changed `days` ago. */
async function cartTouched(days: number) {
  const cart = await database.db.cart.create({ data: {} });
  expect(await addLine(cart.id, productId, 2)).toEqual({ ok: true });
  await database.db.cart.update({ where: { id: cart.id }, data: { updatedAt: daysAgo(days) } });
  return cart.id;
}

const cartExists = async (id: string) => (await database.db.cart.count({ where: { id } })) === 1;
const linesOf = (cartId: string) => database.db.cartLine.count({ where: { cartId } });
const limitExists = async (key: string) => (await database.db.rateLimit.count({ where: { key } })) === 1;

describe("purgeStaleRows", () => {
  it("deletes carts untouched for 60 days with their lines, and keeps recent ones and ones touched 59 days ago", async () => {
    const abandoned = await cartTouched(61);
    const sixtyDays = await cartTouched(60.01);
    const fiftyNine = await cartTouched(59);
    const recent = await cartTouched(0);

    const result = await purgeStaleRows(now);

    expect(result.cartsDeleted).toBe(2);
    expect(await cartExists(abandoned)).toBe(false);
    expect(await linesOf(abandoned)).toBe(0);
    expect(await cartExists(sixtyDays)).toBe(false);
    expect(await cartExists(fiftyNine)).toBe(true);
    expect(await linesOf(fiftyNine)).toBe(1);
    expect(await cartExists(recent)).toBe(true);
    expect(await purgeStaleRows(now)).toMatchObject({ cartsDeleted: 0 });
  });

  it("keeps an old cart that a pending checkout still points at, and keeps a finished order when its cart goes", async () => {
    const pendingCart = await cartTouched(90);
    const pending = await createOrderFromCart(pendingCart, { email: "paying@example.com" }, "TEST", daysAgo(0));
    const cancelledCart = await cartTouched(90);
    const cancelled = await createOrderFromCart(cancelledCart, { email: "left@example.com" }, "TEST", daysAgo(0));
    if (!pending.ok || !cancelled.ok) throw new Error("checkout refused");
    await database.db.cart.updateMany({ where: { id: { in: [pendingCart, cancelledCart] } }, data: { updatedAt: daysAgo(90) } });
    await database.db.order.update({ where: { id: cancelled.order.id }, data: { status: "CANCELLED" } });

    expect(await purgeStaleRows(now)).toMatchObject({ cartsDeleted: 1 });

    expect(await cartExists(pendingCart)).toBe(true);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: pending.order.id } })).toMatchObject({ cartId: pendingCart });
    expect(await cartExists(cancelledCart)).toBe(false);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: cancelled.order.id } })).toMatchObject({
      status: "CANCELLED",
      cartId: null,
      totalCents: cancelled.order.totalCents,
    });
  });

  it("deletes rate-limit rows whose window has ended and keeps live ones, which still count", async () => {
    const rule = { limit: 1, windowSeconds: 60 };
    await hitRateLimit("purge-test:ended", rule, new Date(now.getTime() - 61_000));
    await hitRateLimit("purge-test:live", rule, new Date(now.getTime() - 30_000));

    expect(await purgeStaleRows(now)).toEqual({ cartsDeleted: 0, rateLimitRowsDeleted: 1 });

    expect(await limitExists("purge-test:ended")).toBe(false);
    expect(await limitExists("purge-test:live")).toBe(true);
    expect(await hitRateLimit("purge-test:live", rule, now)).toMatchObject({ allowed: false });
  });
});
