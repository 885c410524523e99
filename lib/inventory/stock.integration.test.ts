// The inventory module is the only writer of `stock` and `reserved`: each operation is all or nothing,
// never goes below what is held, and writes its ledger row with the change.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { applyPayment } from "../orders/apply-payment";
import { createOrderFromCart } from "../orders/create-order";
import { releaseOrder } from "../orders/release-order";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { adjustOnHand, releaseStock, reserveStock, returnStock, sellStock, StockInvariantError } from ".";

const database = setupTestDatabase();
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  for (const p of await database.db.product.findMany()) ids[p.slug] = p.id;
});

const levels = async (slug: string) => database.db.product.findUniqueOrThrow({ where: { slug }, select: { stock: true, reserved: true } });
const setStock = (slug: string, stock: number, reserved = 0) => database.db.product.update({ where: { slug }, data: { stock, reserved } });

describe("stock operations", () => {
  it("reserve holds all lines or none, and says how many of the refused one are left", async () => {
    await setStock("ultragun", 10);
    await setStock("us111", 2, 1);
    const result = await database.db.$transaction((tx) =>
      reserveStock(tx, [{ productId: ids.ultragun, quantity: 3 }, { productId: ids.us111, quantity: 2 }], { activeOnly: true }),
    );
    expect(result).toEqual({ ok: false, productId: ids.us111, available: 1 });
    expect(await levels("ultragun")).toEqual({ stock: 10, reserved: 0 });
    expect(await levels("us111")).toEqual({ stock: 2, reserved: 1 });
  });

  it("reserve, then sell: units leave stock and reserved with a SALE row; release gives held units back", async () => {
    await setStock("ultragun-pro", 10);
    const lines = [{ productId: ids["ultragun-pro"], quantity: 2 }, { productId: ids["ultragun-pro"], quantity: 1 }];
    const reserved = await database.db.$transaction((tx) => reserveStock(tx, lines, { activeOnly: true }));
    expect(reserved).toEqual({ ok: true, changes: [{ productId: ids["ultragun-pro"], availableBefore: 10, availableAfter: 7 }] });
    const order = await database.db.order.create({ data: { number: "UC-INV1", email: "a@example.com", subtotalCents: 1, totalCents: 1, provider: "TEST", holdExpiresAt: new Date() } });
    await database.db.$transaction((tx) => sellStock(tx, [{ productId: ids["ultragun-pro"], quantity: 2 }], { orderId: order.id, note: "paid" }));
    expect(await levels("ultragun-pro")).toEqual({ stock: 8, reserved: 1 });
    expect(await database.db.inventoryMovement.findMany({ where: { orderId: order.id }, select: { delta: true, reason: true } })).toEqual([{ delta: -2, reason: "SALE" }]);
    expect(await database.db.$transaction((tx) => releaseStock(tx, [{ productId: ids["ultragun-pro"], quantity: 1 }]))).toEqual([
      { productId: ids["ultragun-pro"], availableBefore: 7, availableAfter: 8 },
    ]);
    // Giving back more than is held is refused whole, never clamped.
    await expect(database.db.$transaction((tx) => releaseStock(tx, [{ productId: ids["ultragun-pro"], quantity: 1 }]))).rejects.toBeInstanceOf(StockInvariantError);
    await database.db.$transaction((tx) => returnStock(tx, [{ productId: ids["ultragun-pro"], quantity: 2 }], { orderId: order.id, note: "back" }));
    expect(await levels("ultragun-pro")).toEqual({ stock: 10, reserved: 0 });
  });

  it("adjust never takes on-hand stock below what pending orders hold", async () => {
    await setStock("ultragun", 5, 4);
    const refused = await database.db.$transaction((tx) => adjustOnHand(tx, { productId: ids.ultragun, delta: -2, reason: "DAMAGE", note: null, actorId: null }));
    expect(refused).toEqual({ ok: false, code: "BELOW_RESERVED", onHand: 5, reserved: 4 });
    const done = await database.db.$transaction((tx) => adjustOnHand(tx, { productId: ids.ultragun, delta: -1, reason: "DAMAGE", note: null, actorId: null }));
    expect(done).toMatchObject({ ok: true, stock: 4, reserved: 4, change: { availableBefore: 1, availableAfter: 0 } });
  });
});

describe("a late payment for two devices when only the first is still free", () => {
  it("is refunded and holds nothing: the first device's units are not left reserved", async () => {
    // Lines are taken in product-id order: the one that is gone comes second.
    const [first, second] = [ids.ultragun, ids.us111].sort();
    const byId = (id: string) => database.db.product.findUniqueOrThrow({ where: { id }, select: { stock: true, reserved: true } });
    for (const id of [first, second]) await database.db.product.update({ where: { id }, data: { stock: 10, reserved: 0 } });
    const cart = await database.db.cart.create({ data: {} });
    await database.db.cartLine.createMany({ data: [{ cartId: cart.id, productId: first, quantity: 1 }, { cartId: cart.id, productId: second, quantity: 1 }] });
    const created = await createOrderFromCart(cart.id, { email: "late@example.com" }, "STRIPE");
    if (!created.ok) throw new Error(created.code);
    await releaseOrder(created.order.id, "expired");
    await database.db.product.update({ where: { id: second }, data: { stock: 0 } }); // sold out meanwhile
    const outcome = await applyPayment({ eventId: "evt_inv_late", eventType: "checkout.session.completed", provider: "STRIPE", orderId: created.order.id, paymentId: "pi_inv_late" });
    expect(outcome).toBe("refund_needed");
    expect(await byId(first)).toEqual({ stock: 10, reserved: 0 });
    expect(await byId(second)).toEqual({ stock: 0, reserved: 0 });
  });
});
