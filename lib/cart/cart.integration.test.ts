import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { applyCouponCode } from "./apply-coupon";
import { getCartView } from "./cart-view";
import { addLine, removeLine, setLineQuantity } from "./change-lines";
import { countCartItems } from "./count-items";
import { mergeGuestCart } from "./merge-carts";

const database = setupTestDatabase();
const now = new Date();
const SHOPPER = { address: "192.0.2.10" };
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", now, log: () => {} });
  for (const p of await database.db.product.findMany()) ids[p.slug] = p.id;
});

const newCart = async (userId?: string) => (await database.db.cart.create({ data: { userId } })).id;
const setStock = (slug: string, stock: number, reserved = 0) =>
  database.db.product.update({ where: { slug }, data: { stock, reserved } });

describe("cart lines", () => {
  it("adds up quantities and refuses more than the free stock, saying how many are left", async () => {
    await setStock("us111", 4, 1); // 3 can be sold
    const cart = await newCart();
    expect(await addLine(cart, ids.us111, 2)).toEqual({ ok: true });
    expect(await addLine(cart, ids.us111, 2)).toEqual({ ok: false, code: "NOT_ENOUGH_STOCK", available: 3, inCart: 2 });
    expect(await addLine(cart, ids.us111, 1)).toEqual({ ok: true });
    const view = await getCartView(cart, {}, now);
    expect(view.lines.map((l) => [l.slug, l.quantity])).toEqual([["us111", 3]]);
  });

  it("never lets a line pass 10 units", async () => {
    await setStock("ultragun", 50);
    const cart = await newCart();
    await addLine(cart, ids.ultragun, 8);
    expect(await addLine(cart, ids.ultragun, 3)).toEqual({ ok: false, code: "LINE_LIMIT", max: 10, inCart: 8 });
    expect(await setLineQuantity(cart, ids.ultragun, 11)).toMatchObject({ ok: false });
  });

  it("refuses archived devices", async () => {
    await database.db.product.update({ where: { slug: "ultragun-pro" }, data: { active: false } });
    const cart = await newCart();
    expect(await addLine(cart, ids["ultragun-pro"], 1)).toEqual({ ok: false, code: "PRODUCT_UNAVAILABLE" });
    await database.db.product.update({ where: { slug: "ultragun-pro" }, data: { active: true } });
  });

  it("ends concurrent changes to one cart in a consistent cart (no line above stock or the limit)", async () => {
    await setStock("ultragun", 7);
    const cart = await newCart();
    const results = await Promise.all(Array.from({ length: 10 }, () => addLine(cart, ids.ultragun, 1)));
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    const quantities = await Promise.all([1, 5, 3, 9, 2].map((q) => setLineQuantity(cart, ids.ultragun, q)));
    const line = await database.db.cartLine.findUniqueOrThrow({ where: { cartId_productId: { cartId: cart, productId: ids.ultragun } } });
    expect([1, 5, 3, 2]).toContain(line.quantity);
    expect(quantities.filter((r) => !r.ok)).toHaveLength(1); // 9 > 7 free units
    expect(await database.db.cartLine.count({ where: { cartId: cart } })).toBe(1);
  });

  it("counts units across lines for the header's badge, 0 for an empty cart", async () => {
    await setStock("ultragun", 50);
    await setStock("us111", 50);
    const cart = await newCart();
    expect(await countCartItems(cart)).toBe(0);
    await addLine(cart, ids.ultragun, 2);
    await addLine(cart, ids.us111, 1);
    expect(await countCartItems(cart)).toBe(3);
    await removeLine(cart, ids.ultragun);
    expect(await countCartItems(cart)).toBe(1);
  });

  it("flags a line whose device sold out or was archived, and keeps it out of the totals", async () => {
    await setStock("ultragun", 20);
    await setStock("us111", 20);
    const cart = await newCart();
    await addLine(cart, ids.ultragun, 2);
    await addLine(cart, ids.us111, 1);
    await setStock("us111", 1, 1); // sold out now
    let view = await getCartView(cart, {}, now);
    expect(view.lines.find((l) => l.slug === "us111")!.issue).toEqual({ code: "SOLD_OUT" });
    expect(view.totals.subtotalCents).toBe(2 * 15900);
    expect(view.canCheckout).toBe(false);

    await setStock("us111", 20);
    await setStock("ultragun", 1); // 2 in cart, 1 left
    view = await getCartView(cart, {}, now);
    expect(view.lines.find((l) => l.slug === "ultragun")!.issue).toEqual({ code: "TOO_MANY", available: 1 });

    await database.db.product.update({ where: { slug: "ultragun" }, data: { active: false } });
    view = await getCartView(cart, {}, now);
    expect(view.lines.find((l) => l.slug === "ultragun")!.issue).toEqual({ code: "ARCHIVED" });
    await removeLine(cart, ids.ultragun);
    view = await getCartView(cart, {}, now);
    expect(view.canCheckout).toBe(true);
    await database.db.product.update({ where: { slug: "ultragun" }, data: { active: true, stock: 60 } });
  });
});

describe("codes on the cart", () => {
  it("stores a good code, refuses an ended one without changing the cart, and re-checks when the sale ends", async () => {
    await setStock("ultragun", 60);
    const cart = await newCart();
    await addLine(cart, ids.ultragun, 1);
    expect(await applyCouponCode(cart, "winter15", {}, SHOPPER, now)).toMatchObject({ ok: false, code: "COUPON_EXPIRED" });
    expect((await database.db.cart.findUniqueOrThrow({ where: { id: cart } })).couponCode).toBeNull();

    expect(await applyCouponCode(cart, "  flashsale ", {}, SHOPPER, now)).toMatchObject({ ok: true });
    const view = await getCartView(cart, {}, now);
    expect(view.totals).toEqual({ subtotalCents: 15900, discountCents: 11925, shippingCents: 995, totalCents: 4970 });

    const sale = await database.db.coupon.findUniqueOrThrow({ where: { code: "FLASHSALE" } });
    const afterEnd = new Date(sale.endsAt!.getTime() + 1000);
    const later = await getCartView(cart, {}, afterEnd);
    expect(later.couponError).toMatchObject({ code: "COUPON_EXPIRED" });
    expect(later.totals.discountCents).toBe(0);
  });
});

describe("signing in with a guest cart", () => {
  it("merges the lines into the account's cart, adding quantities capped by stock, and deletes the guest cart", async () => {
    await setStock("ultragun", 60);
    await setStock("us111", 5);
    const user = await database.db.user.create({ data: { email: `merge-${Date.now()}@example.com` } });
    const owned = await newCart(user.id);
    await addLine(owned, ids.us111, 3);
    await addLine(owned, ids.ultragun, 1);
    const guest = await newCart();
    await addLine(guest, ids.us111, 4);
    await addLine(guest, ids["ultragun-pro"], 2);
    await applyCouponCode(guest, "FLASHSALE", {}, SHOPPER, now);

    expect(await mergeGuestCart(guest, user.id)).toBe(owned);
    const lines = await database.db.cartLine.findMany({ where: { cartId: owned }, include: { product: true } });
    const bySlug = Object.fromEntries(lines.map((l) => [l.product.slug, l.quantity]));
    expect(bySlug).toEqual({ us111: 5, ultragun: 1, "ultragun-pro": 2 }); // 3 + 4 capped at the 5 in stock
    expect((await database.db.cart.findUniqueOrThrow({ where: { id: owned } })).couponCode).toBe("FLASHSALE");
    expect(await database.db.cart.findUnique({ where: { id: guest } })).toBeNull();

    // Merging again (a second request with the old cookie) changes nothing.
    expect(await mergeGuestCart(guest, user.id)).toBe(owned);
    expect(await database.db.cartLine.count({ where: { cartId: owned } })).toBe(3);
  });

  it("makes the guest cart the account's cart when the account has none", async () => {
    const user = await database.db.user.create({ data: { email: `adopt-${Date.now()}@example.com` } });
    const guest = await newCart();
    await addLine(guest, ids.ultragun, 1);
    expect(await mergeGuestCart(guest, user.id)).toBe(guest);
    expect((await database.db.cart.findUniqueOrThrow({ where: { id: guest } })).userId).toBe(user.id);
  });
});
