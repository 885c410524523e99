// FLASHSALE at one use per customer, tried by one person four ways through the store's real checkout:
// signed in, as a guest with the account's address, and with two +tags. One use, not four.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { actAs, stopActing } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { addLine } from "../cart/change-lines";
import { checkoutCart } from "../orders/checkout-cart";
import { createOrderFromCart } from "../orders/create-order";

// The cart of "this request": the shopper's cookie, set by each step below.
const request = vi.hoisted(() => ({ cartId: null as string | null }));
vi.mock("@/lib/cart/current-cart", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/cart/current-cart")>()),
  findCurrentCartId: async () => request.cartId,
}));

// The server stamps each connection's address (lib/http/peer-address.ts); here there is no server.
vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => "203.0.113.30" }));

const database = setupTestDatabase();
let ultragunId = "";

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "coupon-test-secret-0123456789abcdefghijkl";
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  ultragunId = (await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).id;
  await database.db.product.update({ where: { id: ultragunId }, data: { stock: 100, reserved: 0 } });
});
afterEach(stopActing);

async function saleCart(userId?: string): Promise<string> {
  const cart = await database.db.cart.create({ data: { userId, couponCode: "FLASHSALE" } });
  expect(await addLine(cart.id, ultragunId, 1)).toEqual({ ok: true });
  return cart.id;
}

const liveUses = () =>
  database.db.couponRedemption.count({ where: { coupon: { code: "FLASHSALE" }, OR: [{ status: "REDEEMED" }, { status: "HELD", expiresAt: { gt: new Date() } }] } });

describe("one customer per person for coupon limits", () => {
  it("counts the account, a guest order with its address and two +tags as one customer: 1 use, not 4", async () => {
    await database.db.coupon.update({ where: { code: "FLASHSALE" }, data: { maxPerCustomer: 1 } });
    const account = await database.db.user.create({ data: { email: "x@example.com" } });

    actAs(account.id);
    request.cartId = await saleCart(account.id);
    expect(await checkoutCart({})).toMatchObject({ ok: true });

    actAs(null);
    for (const email of ["x@example.com", "X+1@example.com", "x+2@example.com"]) {
      request.cartId = await saleCart();
      const result = await checkoutCart({ email });
      expect(result, email).toEqual({ ok: false, code: "COUPON_ALREADY_USED", couponCode: "FLASHSALE", maxPerCustomer: 1 });
      // Refused before anything was held: the device is free for others.
      expect(await database.db.order.count({ where: { cartId: request.cartId } })).toBe(0);
    }
    expect(await liveUses()).toBe(1);

    // Someone else is still welcome.
    request.cartId = await saleCart();
    expect(await checkoutCart({ email: "y@example.com" })).toMatchObject({ ok: true });
    expect(await liveUses()).toBe(2);
    await database.db.coupon.update({ where: { code: "FLASHSALE" }, data: { maxPerCustomer: null } });
  });

  // On the PostgreSQL suite this is a real race (two connections); PGlite runs them one after the other.
  it("lets only one of two checkouts at once with x+1 and x+2 hold the code", async () => {
    await database.db.coupon.create({
      data: { code: "ONCEPP", kind: "ORDER_PERCENT", percentOff: 10, startsAt: new Date(Date.now() - 1000), maxPerCustomer: 1 },
    });
    const carts = await Promise.all(
      [0, 1].map(async () => {
        const cart = await database.db.cart.create({ data: { couponCode: "ONCEPP" } });
        await database.db.cartLine.create({ data: { cartId: cart.id, productId: ultragunId, quantity: 1 } });
        return cart.id;
      }),
    );
    const results = await Promise.all([
      createOrderFromCart(carts[0], { email: "race+1@example.com" }, "TEST"),
      createOrderFromCart(carts[1], { email: "race+2@example.com" }, "TEST"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "COUPON_ALREADY_USED" });
    expect(await database.db.couponRedemption.count({ where: { coupon: { code: "ONCEPP" } } })).toBe(1);
  });
});
