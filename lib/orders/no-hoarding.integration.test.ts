// A flash sale cannot be held by one shopper who never pays: a cart holds one checkout however often it
// is checked out, unpaid checkouts are capped per e-mail and per address, checkout starts are
// rate-limited per address, and product pages are refreshed only when what they show changes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { addLine } from "../cart/change-lines";
import { createStripeClient, StripeProvider } from "../payments/stripe";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { startStripeStandIn, type StandIn } from "@/testing/stripe-stand-in";
import { CHECKOUT_START_LIMIT, MAX_UNPAID_CHECKOUTS } from "./checkout-limits";
import { startCheckout } from "./start-checkout";

const database = setupTestDatabase();
let stripe: StandIn;
let provider: StripeProvider;
let productId: string;

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  stripe = await startStripeStandIn();
  provider = new StripeProvider(createStripeClient("sk_test_standin", stripe.url));
  productId = (await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun-pro" } })).id;
});
afterAll(() => stripe?.close());
beforeEach(async () => {
  stripe.requests.length = 0;
  await database.db.order.updateMany({ where: { status: "PENDING" }, data: { status: "CANCELLED", stockReleasedAt: new Date() } });
  await database.db.couponRedemption.updateMany({ where: { status: "HELD" }, data: { status: "RELEASED" } });
  await database.db.product.update({ where: { id: productId }, data: { stock: 35, reserved: 0 } });
  await database.db.rateLimit.deleteMany({});
});

async function cart(quantity: number, code?: string) {
  const created = await database.db.cart.create({ data: { couponCode: code } });
  expect(await addLine(created.id, productId, quantity)).toEqual({ ok: true });
  return created.id;
}
const reserved = async () => (await database.db.product.findUniqueOrThrow({ where: { id: productId } })).reserved;

describe("one cart checked out again and again", () => {
  it("8 checkouts of a cart of 2 hold 2 units and one unpaid order; each earlier payment page is closed", async () => {
    const cartId = await cart(2, "FLASHSALE");
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await startCheckout(cartId, { email: "clicker@example.com", clientAddress: "203.0.113.7" }, provider));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await reserved()).toBe(2);
    const orders = await database.db.order.findMany({ where: { cartId }, orderBy: { createdAt: "asc" } });
    expect(orders.filter((o) => o.status === "PENDING")).toHaveLength(1);
    expect(orders.filter((o) => o.status === "CANCELLED" && o.cancelReason === "replaced")).toHaveLength(7);
    expect(await database.db.couponRedemption.count({ where: { order: { cartId }, status: "HELD" } })).toBe(1);
    const expired = stripe.requests.filter((r) => r.path.endsWith("/expire")).map((r) => r.path.split("/")[4]);
    expect(expired.sort()).toEqual(orders.filter((o) => o.cancelReason === "replaced").map((o) => o.providerSessionId).sort());
    // Only the first checkout changed what the product page shows; the others gave back what they took.
    expect(results.map((r) => r.ok && r.stockShownChanged)).toEqual([true, false, false, false, false, false, false, false]);
  });
  it("a checkout of a changed cart that is refused still closes the previous one and its payment page", async () => {
    const cartId = await cart(2);
    const first = await startCheckout(cartId, { email: "changer@example.com" }, provider);
    if (!first.ok) throw new Error(first.code);
    const us111 = await database.db.product.update({ where: { slug: "us111" }, data: { stock: 1, reserved: 0 } });
    expect(await addLine(cartId, us111.id, 1)).toEqual({ ok: true });
    await database.db.product.update({ where: { id: us111.id }, data: { stock: 0 } });
    stripe.requests.length = 0;
    expect(await startCheckout(cartId, { email: "changer@example.com" }, provider)).toMatchObject({ ok: false, code: "OUT_OF_STOCK" });
    const previous = await database.db.order.findUniqueOrThrow({ where: { id: first.orderId } });
    expect(previous).toMatchObject({ status: "CANCELLED", cancelReason: "replaced" });
    expect(stripe.requests.filter((r) => r.path === `/v1/checkout/sessions/${previous.providerSessionId}/expire`)).toHaveLength(1);
    expect(await reserved()).toBe(0);
  });
});

describe("unpaid checkouts across carts", () => {
  it(`one address holds at most ${MAX_UNPAID_CHECKOUTS}, with a clear refusal; another shopper can still buy`, async () => {
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await startCheckout(await cart(2), { email: `fresh${i}@example.com`, clientAddress: "198.51.100.9" }, provider));
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_UNPAID_CHECKOUTS);
    for (const refused of results.slice(MAX_UNPAID_CHECKOUTS)) {
      expect(refused).toEqual({ ok: false, code: "TOO_MANY_CHECKOUTS", by: "address", limit: MAX_UNPAID_CHECKOUTS });
    }
    expect(await reserved()).toBe(2 * MAX_UNPAID_CHECKOUTS);
    expect(await startCheckout(await cart(1), { email: "someone-else@example.com", clientAddress: "192.0.2.44" }, provider)).toMatchObject({ ok: true });
  });

  it(`one e-mail holds at most ${MAX_UNPAID_CHECKOUTS}, from any address`, async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await startCheckout(await cart(1), { email: "hoarder@example.com", clientAddress: `192.0.2.${i + 1}` }, provider));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    expect(results[3]).toEqual({ ok: false, code: "TOO_MANY_CHECKOUTS", by: "email", limit: MAX_UNPAID_CHECKOUTS });
  });

  it("a paid or lapsed checkout no longer counts", async () => {
    const now = new Date();
    for (let i = 0; i < MAX_UNPAID_CHECKOUTS; i++) await startCheckout(await cart(1), { email: "patient@example.com" }, provider, now);
    const later = new Date(now.getTime() + 31 * 60_000); // the holds lapsed (30 minutes)
    expect(await startCheckout(await cart(1), { email: "patient@example.com" }, provider, later)).toMatchObject({ ok: true });
  });
});

describe("checkout starts per address", () => {
  it(`are limited to ${CHECKOUT_START_LIMIT.limit} per window; the next is refused before anything is held`, async () => {
    const cartId = await cart(1);
    for (let i = 0; i < CHECKOUT_START_LIMIT.limit; i++) expect((await startCheckout(cartId, { email: "fast@example.com", clientAddress: "203.0.113.50" }, provider)).ok).toBe(true);
    const held = await reserved();
    const refused = await startCheckout(await cart(1), { email: "fast2@example.com", clientAddress: "203.0.113.50" }, provider);
    expect(refused).toMatchObject({ ok: false, code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    expect(await reserved()).toBe(held);
    expect((await startCheckout(await cart(1), { email: "fast3@example.com", clientAddress: "203.0.113.51" }, provider)).ok).toBe(true);
  });
});
