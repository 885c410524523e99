// GET /checkout/cancel: the shopper leaves Stripe's payment page by its "back" link. The real route, the real
// Stripe SDK pointed at the stand-in (which records what was sent), a real database.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { addLine } from "@/lib/cart/change-lines";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { startStripeStandIn, type StandIn } from "@/testing/stripe-stand-in";

const database = setupTestDatabase();
let stripe: StandIn;
const saved = { key: process.env.STRIPE_SECRET_KEY, base: process.env.STRIPE_API_BASE };

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  stripe = await startStripeStandIn();
});
afterAll(() => stripe?.close());
beforeEach(async () => {
  vi.resetModules(); // lib/env reads the Stripe settings once per process
  Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_standin", STRIPE_API_BASE: stripe.url });
  await database.db.product.update({ where: { slug: "ultragun" }, data: { stock: 5, reserved: 0 } });
});
afterEach(() => {
  for (const [name, value] of [["STRIPE_SECRET_KEY", saved.key], ["STRIPE_API_BASE", saved.base]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** A shopper's checkout of 2 UltraGuns with FLASHSALE, as far as Stripe's payment page. */
async function checkoutOnStripe() {
  const { startCheckout } = await import("@/lib/orders/start-checkout");
  const { paymentProvider } = await import("@/lib/payments/provider");
  const product = await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } });
  const cart = await database.db.cart.create({ data: { couponCode: "FLASHSALE" } });
  expect(await addLine(cart.id, product.id, 2)).toEqual({ ok: true });
  const started = await startCheckout(cart.id, { email: "leaver@example.com" }, paymentProvider());
  if (!started.ok) throw new Error(`checkout refused: ${started.code}`);
  const order = await database.db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  const session = stripe.requests.find((request) => request.method === "POST" && request.path === "/v1/checkout/sessions");
  stripe.requests.length = 0;
  return { order, cancelUrl: new URL(session!.body.cancel_url) };
}

async function visit(url: string) {
  const { GET } = await import("./route");
  return GET(new Request(url));
}

const ultragun = () => database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } });

describe("GET /checkout/cancel", () => {
  it("is the cancel link Stripe gets, and it ends the session, then gives the stock and the code back, once", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    expect((await ultragun()).reserved).toBe(2);
    expect(cancelUrl.pathname).toBe("/checkout/cancel");

    const response = await visit(cancelUrl.toString());
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/checkout/cancelled");
    expect(stripe.requests).toEqual([expect.objectContaining({ method: "POST", path: `/v1/checkout/sessions/${order.providerSessionId}/expire` })]);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { redemption: true } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "cancelled",
      redemption: { status: "RELEASED" },
    });
    expect((await ultragun()).reserved).toBe(0);

    // The back button, or the link opened twice: nothing more is sent or released.
    expect((await visit(cancelUrl.toString())).status).toBe(303);
    expect(stripe.requests).toHaveLength(1);
    expect((await ultragun()).reserved).toBe(0);
  });

  it("keeps the hold when Stripe will not end the session (it may be being paid), and still shows the page", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    stripe.failNext(`/v1/checkout/sessions/${order.providerSessionId}/expire`, 400, 1, { saved: true });
    const response = await visit(cancelUrl.toString());
    expect(new URL(response.headers.get("location")!).pathname).toBe("/checkout/cancelled");
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING", stockReleasedAt: null });
    expect((await ultragun()).reserved).toBe(2);
  });

  it("sends a paid order's shopper to the confirmation, and asks nothing of Stripe", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    await database.db.order.update({ where: { id: order.id }, data: { status: "PAID", paidAt: new Date() } });
    const response = await visit(cancelUrl.toString());
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/checkout/success");
    expect(location.searchParams.get("order")).toBe(cancelUrl.searchParams.get("order"));
    expect(stripe.requests).toEqual([]);
  });

  it("changes nothing for a missing or forged order link", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    const forged = cancelUrl.searchParams.get("order")!.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    for (const url of ["http://localhost/checkout/cancel", `http://localhost/checkout/cancel?order=${encodeURIComponent(forged)}`]) {
      const response = await visit(url);
      expect(response.status).toBe(303);
      expect(new URL(response.headers.get("location")!).pathname).toBe("/checkout/cancelled");
    }
    expect(stripe.requests).toEqual([]);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING" });
    expect((await ultragun()).reserved).toBe(2);
  });
});
