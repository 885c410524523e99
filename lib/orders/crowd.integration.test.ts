// Many shoppers at once, on a real PostgreSQL server (PGlite has one connection, so it cannot race):
// stock is never sold twice and a limited code is never used more than its limit.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { applyPayment } from "./apply-payment";
import { MAX_UNPAID_CHECKOUTS } from "./checkout-limits";
import { createOrderFromCart } from "./create-order";

const onServer = Boolean(process.env.TEST_DATABASE_URL);
const database = setupTestDatabase();
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  for (const p of await database.db.product.findMany()) ids[p.slug] = p.id;
});

async function carts(count: number, slug: string, code?: string) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const cart = await database.db.cart.create({ data: { couponCode: code } });
      await database.db.cartLine.create({ data: { cartId: cart.id, productId: ids[slug], quantity: 1 } });
      return cart.id;
    }),
  );
}

describe.runIf(onServer)("a crowd at checkout (PostgreSQL server)", () => {
  it("200 shoppers, 20 in stock: exactly 20 orders reserve, stock never goes negative, 20 sales after payment", async () => {
    await database.db.product.update({ where: { slug: "us111" }, data: { stock: 20, reserved: 0 } });
    const cartIds = await carts(200, "us111");
    const results = await Promise.all(cartIds.map((cartId, i) => createOrderFromCart(cartId, { email: `crowd${i}@example.com` }, "STRIPE")));
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(20);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ code: "OUT_OF_STOCK", available: 0 });
    expect(await database.db.product.findUniqueOrThrow({ where: { slug: "us111" }, select: { stock: true, reserved: true } })).toEqual({ stock: 20, reserved: 20 });

    const outcomes = await Promise.all(
      won.map((r, i) => applyPayment({ eventId: `evt_crowd_${i}`, eventType: "checkout.session.completed", provider: "STRIPE", orderId: (r as { order: { id: string } }).order.id })),
    );
    expect(outcomes.every((o) => o === "paid")).toBe(true);
    expect(await database.db.product.findUniqueOrThrow({ where: { slug: "us111" }, select: { stock: true, reserved: true } })).toEqual({ stock: 0, reserved: 0 });
    expect(await database.db.inventoryMovement.aggregate({ where: { productId: ids.us111, reason: "SALE" }, _sum: { delta: true } })).toEqual({ _sum: { delta: -20 } });
  });

  it("FLASHSALE limited to 10, 100 shoppers at once: exactly 10 holds, then exactly 10 redemptions", async () => {
    // Each shopper buys a different device, so no product row lock lines them up: only the code's own
    // guard stands between the crowd and an 11th use.
    const coupon = await database.db.coupon.update({ where: { code: "FLASHSALE" }, data: { maxRedemptions: 10 } });
    const cartIds = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const product = await database.db.product.create({
          data: { slug: `crowd-${i}`, sku: `CROWD-${i}`, name: `Crowd device ${i}`, tagline: "t", description: "d", priceCents: 10000, stock: 5, bestFor: "b", severity: "MILD_TO_MODERATE" },
        });
        await database.db.couponProductRate.create({ data: { couponId: coupon.id, productId: product.id, percentOff: 50 } });
        const cart = await database.db.cart.create({ data: { couponCode: "FLASHSALE" } });
        await database.db.cartLine.create({ data: { cartId: cart.id, productId: product.id, quantity: 1 } });
        return cart.id;
      }),
    );
    const results = await Promise.all(cartIds.map((cartId, i) => createOrderFromCart(cartId, { email: `sale${i}@example.com` }, "STRIPE")));
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(10);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ code: "COUPON_USED_UP" });
    expect(await database.db.couponRedemption.count({ where: { couponId: coupon.id, status: "HELD" } })).toBe(10);
    // Losers reserved nothing: only the 10 winners hold stock.
    expect(await database.db.product.aggregate({ where: { slug: { startsWith: "crowd-" } }, _sum: { reserved: true } })).toEqual({ _sum: { reserved: 10 } });

    await Promise.all(won.map((r, i) => applyPayment({ eventId: `evt_sale_${i}`, eventType: "checkout.session.completed", provider: "STRIPE", orderId: (r as { order: { id: string } }).order.id })));
    expect(await database.db.couponRedemption.count({ where: { couponId: coupon.id, status: "REDEEMED" } })).toBe(10);
    await database.db.coupon.update({ where: { code: "FLASHSALE" }, data: { maxRedemptions: null } });
  });

  it("a per-customer limit of 1 holds when the same shopper checks out in two tabs at once", async () => {
    await database.db.coupon.create({
      data: { code: "ONEEACH", kind: "ORDER_PERCENT", percentOff: 10, startsAt: new Date(Date.now() - 1000), maxPerCustomer: 1 },
    });
    const [a, b] = await carts(2, "ultragun-pro", "ONEEACH");
    const results = await Promise.all([a, b].map((cartId) => createOrderFromCart(cartId, { email: "twotabs@example.com" }, "STRIPE")));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "COUPON_ALREADY_USED" });
  });

  it("one cart of 2 checked out 8 times at once holds 2 units and one unpaid order", async () => {
    await database.db.product.update({ where: { slug: "ultragun" }, data: { stock: 30, reserved: 0 } });
    const cart = await database.db.cart.create({ data: {} });
    await database.db.cartLine.create({ data: { cartId: cart.id, productId: ids.ultragun, quantity: 2 } });
    const results = await Promise.all(Array.from({ length: 8 }, () => createOrderFromCart(cart.id, { email: "clicker@example.com", clientAddress: "203.0.113.7" }, "STRIPE")));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(2);
    expect(await database.db.order.count({ where: { cartId: cart.id, status: "PENDING" } })).toBe(1);
  });

  it(`8 fresh carts from one address at once: ${MAX_UNPAID_CHECKOUTS} hold stock, the rest are refused; another shopper still buys`, async () => {
    await database.db.product.update({ where: { slug: "ultragun" }, data: { stock: 30, reserved: 0 } });
    const cartIds = await carts(8, "ultragun");
    const results = await Promise.all(cartIds.map((cartId, i) => createOrderFromCart(cartId, { email: `fresh${i}@example.com`, clientAddress: "198.51.100.9" }, "STRIPE")));
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_UNPAID_CHECKOUTS);
    for (const r of results.filter((r) => !r.ok)) expect(r).toEqual({ ok: false, code: "TOO_MANY_CHECKOUTS", by: "address", limit: MAX_UNPAID_CHECKOUTS });
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(MAX_UNPAID_CHECKOUTS);
    const [other] = await carts(1, "ultragun");
    expect(await createOrderFromCart(other, { email: "other@example.com", clientAddress: "192.0.2.44" }, "STRIPE")).toMatchObject({ ok: true });
  });
});
