// The invariants the database itself enforces, whatever code writes to it.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";

const database = setupTestDatabase();

async function product(overrides: Record<string, unknown> = {}) {
  const n = Math.random().toString(36).slice(2, 8);
  return database.db.product.create({
    data: {
      slug: `p-${n}`,
      sku: `SKU-${n}`,
      name: "Test device",
      tagline: "t",
      description: "d",
      priceCents: 1000,
      stock: 2,
      bestFor: "b",
      severity: "SEVERE",
      ...overrides,
    },
  });
}

describe("database invariants", () => {
  it("refuses stock below zero, even through a raw decrement", async () => {
    const p = await product({ stock: 1 });
    await expect(database.db.product.update({ where: { id: p.id }, data: { stock: { decrement: 2 } } })).rejects.toThrow();
    expect((await database.db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(1);
  });

  it("refuses reserving more than is on hand", async () => {
    const p = await product({ stock: 2 });
    await expect(database.db.product.update({ where: { id: p.id }, data: { reserved: 3 } })).rejects.toThrow();
  });

  it("refuses a negative price", async () => {
    await expect(product({ priceCents: -1 })).rejects.toThrow();
  });

  it("keeps slugs and SKUs unique", async () => {
    const p = await product();
    await expect(product({ slug: p.slug })).rejects.toThrow();
    await expect(product({ sku: p.sku })).rejects.toThrow();
  });

  it("stores coupon codes upper-cased, so codes are unique whatever their case", async () => {
    const base = { kind: "ORDER_PERCENT" as const, percentOff: 10, startsAt: new Date() };
    await database.db.coupon.create({ data: { ...base, code: "SPRING" } });
    await expect(database.db.coupon.create({ data: { ...base, code: "spring" } })).rejects.toThrow();
    await expect(database.db.coupon.create({ data: { ...base, code: "SPRING" } })).rejects.toThrow();
  });

  it("refuses a coupon rate above 100%", async () => {
    const p = await product();
    await expect(
      database.db.coupon.create({
        data: { code: "TOOMUCH", kind: "PRODUCT_PERCENT", startsAt: new Date(), rates: { create: { productId: p.id, percentOff: 101 } } },
      }),
    ).rejects.toThrow();
  });

  it("stores e-mails lower-cased only, so accounts are unique whatever their case", async () => {
    await expect(database.db.user.create({ data: { email: "Someone@Example.com" } })).rejects.toThrow();
  });

  it("keeps cart quantities between 1 and 10", async () => {
    const p = await product();
    const cart = await database.db.cart.create({ data: {} });
    await expect(database.db.cartLine.create({ data: { cartId: cart.id, productId: p.id, quantity: 11 } })).rejects.toThrow();
    await expect(database.db.cartLine.create({ data: { cartId: cart.id, productId: p.id, quantity: 0 } })).rejects.toThrow();
  });

  it("keeps an order's discount within its subtotal and refunds within its total", async () => {
    const order = {
      number: "UC-TEST01",
      email: "a@b.co",
      provider: "TEST" as const,
      holdExpiresAt: new Date(),
      subtotalCents: 1000,
      totalCents: 1000,
    };
    await expect(database.db.order.create({ data: { ...order, discountCents: 1001 } })).rejects.toThrow();
    await expect(database.db.order.create({ data: { ...order, refundedCents: 1001 } })).rejects.toThrow();
    await expect(database.db.order.create({ data: { ...order, taxCents: -1 } })).rejects.toThrow();
  });

  it("will not delete a product that has been ordered (order history keeps its lines)", async () => {
    const p = await product();
    await database.db.order.create({
      data: {
        number: "UC-TEST02",
        email: "a@b.co",
        provider: "TEST",
        holdExpiresAt: new Date(),
        subtotalCents: 1000,
        totalCents: 1000,
        lines: { create: { productId: p.id, productName: p.name, sku: p.sku, unitPriceCents: 1000, quantity: 1, totalCents: 1000 } },
      },
    });
    await expect(database.db.product.delete({ where: { id: p.id } })).rejects.toThrow();
  });
});
