// Trying coupon codes from the cart: guessing is cut off per cart and per client address with a sentence
// that says to wait, a shopper who applies a real code is never held back, and a code that is switched off
// or not started yet cannot be told apart from one that does not exist.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { applyCouponCode } from "./apply-coupon";
import { addLine } from "./change-lines";
import { applyCouponErrorMessage } from "./messages";

const database = setupTestDatabase();
const now = new Date();
let ultragunId = "";

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", now, log: () => {} });
  ultragunId = (await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).id;
  await database.db.product.update({ where: { id: ultragunId }, data: { stock: 500, reserved: 0 } });
});

/** A fresh guest cart (a new cookie jar) with one device in it. */
async function freshCart(): Promise<string> {
  const cart = await database.db.cart.create({ data: {} });
  await addLine(cart.id, ultragunId, 1);
  return cart.id;
}

async function guess(cartId: string, address: string, times: number, at = now) {
  const results = [];
  for (let i = 0; i < times; i++) results.push(await applyCouponCode(cartId, `GUESS${i}`, {}, { address }, at));
  return results;
}

const storedCode = async (cartId: string) => (await database.db.cart.findUniqueOrThrow({ where: { id: cartId } })).couponCode;

describe("coupon tries", () => {
  it("refuses the 11th try from one cart, even the right code, says to wait, and leaves the cart as it was", async () => {
    const cart = await freshCart();
    const tries = await guess(cart, "198.51.100.1", 10);
    expect(tries.every((t) => !t.ok && t.code === "COUPON_UNKNOWN")).toBe(true);

    const eleventh = await applyCouponCode(cart, "FLASHSALE", {}, { address: "198.51.100.1" }, now);
    expect(eleventh).toEqual({ ok: false, code: "COUPON_TRIES_LIMITED", retryAfterSeconds: 15 * 60 });
    expect(applyCouponErrorMessage(eleventh as Extract<typeof eleventh, { ok: false }>)).toBe(
      "Too many codes have been tried from here. Please wait 15 minutes before trying another.",
    );
    expect(await storedCode(cart)).toBeNull();

    // The same cart from another address is still limited: the cart's own count holds.
    expect(await applyCouponCode(cart, "FLASHSALE", {}, { address: "198.51.100.99" }, now)).toMatchObject({ code: "COUPON_TRIES_LIMITED" });
    // Once the window has passed, the cart may try again.
    const later = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect(await applyCouponCode(cart, "FLASHSALE", {}, { address: "198.51.100.1" }, later)).toMatchObject({ ok: true });
  });

  it("lets fresh carts from one address guess only up to the address's limit; another address still applies the code", async () => {
    const address = "198.51.100.2";
    for (let cart = 0; cart < 3; cart++) {
      const tries = await guess(await freshCart(), address, 10);
      expect(tries.every((t) => !t.ok && t.code === "COUPON_UNKNOWN")).toBe(true);
    }
    const fourthCart = await freshCart();
    expect(await applyCouponCode(fourthCart, "FLASHSALE", {}, { address }, now)).toMatchObject({ ok: false, code: "COUPON_TRIES_LIMITED" });
    expect(await storedCode(fourthCart)).toBeNull();

    const neighbour = await freshCart();
    expect(await applyCouponCode(neighbour, "FLASHSALE", {}, { address: "198.51.100.3" }, now)).toMatchObject({ ok: true });
    expect(await storedCode(neighbour)).toBe("FLASHSALE");
  });

  it("counts only refused tries: shoppers sharing one address who apply the real code never use the limit up", async () => {
    const address = "198.51.100.4";
    for (let shopper = 0; shopper < 40; shopper++) {
      expect(await applyCouponCode(await freshCart(), "flashsale", {}, { address }, now)).toMatchObject({ ok: true });
    }
    const tries = await guess(await freshCart(), address, 10);
    expect(tries.every((t) => !t.ok && t.code === "COUPON_UNKNOWN")).toBe(true);
  });

  it("holds against a burst of parallel guesses from one cart", async () => {
    const cart = await freshCart();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => applyCouponCode(cart, `BURST${i}`, {}, { address: "198.51.100.5" }, now)),
    );
    expect(results.filter((r) => !r.ok && r.code === "COUPON_UNKNOWN")).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.code === "COUPON_TRIES_LIMITED")).toHaveLength(6);
  });
});

describe("codes shoppers may not know about yet", () => {
  it("answers a switched-off or not-yet-started code exactly like a code that does not exist", async () => {
    const code = "SPRING27";
    const coupon = await database.db.coupon.create({
      data: { code, kind: "ORDER_PERCENT", percentOff: 20, startsAt: new Date(now.getTime() - 3600_000), active: false },
    });
    const switchedOff = await applyCouponCode(await freshCart(), code, {}, { address: "198.51.100.6" }, now);
    await database.db.coupon.update({ where: { id: coupon.id }, data: { active: true, startsAt: new Date(now.getTime() + 24 * 3600_000) } });
    const notStarted = await applyCouponCode(await freshCart(), code.toLowerCase(), {}, { address: "198.51.100.6" }, now);
    await database.db.coupon.delete({ where: { id: coupon.id } });
    const unknown = await applyCouponCode(await freshCart(), code, {}, { address: "198.51.100.6" }, now);

    expect(unknown).toEqual({ ok: false, code: "COUPON_UNKNOWN", couponCode: code });
    expect(switchedOff).toEqual(unknown);
    expect(notStarted).toEqual(unknown);
    expect(applyCouponErrorMessage(unknown as Extract<typeof unknown, { ok: false }>)).toBe(
      "SPRING27 isn't a coupon code we know. Check the spelling and try again.",
    );
  });

  it("still tells a shopper that an ended code has ended", async () => {
    const result = await applyCouponCode(await freshCart(), "winter15", {}, { address: "198.51.100.7" }, now);
    expect(result).toMatchObject({ ok: false, code: "COUPON_EXPIRED" });
    expect(applyCouponErrorMessage(result as Extract<typeof result, { ok: false }>)).toBe("WINTER15 has ended.");
  });
});
