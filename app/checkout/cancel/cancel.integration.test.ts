// The shopper leaves Stripe's payment page by its "back" link (/checkout/cancel, a page that changes
// nothing) and confirms with its "Cancel order" button, a server action posted from that page. The real
// action, the real Stripe SDK pointed at the stand-in (which records what was sent), a real database.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { addLine } from "@/lib/cart/change-lines";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { startStripeStandIn, type StandIn } from "@/testing/stripe-stand-in";

// The request headers the action reads, as the browser would send them with the form post.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

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
  const started = await startCheckout(cart.id, { email: `leaver-${cart.id}@example.com` }, paymentProvider());
  if (!started.ok) throw new Error(`checkout refused: ${started.code}`);
  const order = await database.db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  const session = stripe.requests.find((request) => request.method === "POST" && request.path === "/v1/checkout/sessions");
  stripe.requests.length = 0;
  return { order, cancelUrl: new URL(session!.body.cancel_url) };
}

const APP_ORIGIN = "http://localhost:3000";

/** The page's "Cancel order" form posted, from the store's own page unless told otherwise; where the shopper lands. */
async function confirm(cancelUrl: string, headers: Record<string, string> = { origin: APP_ORIGIN }) {
  const { cancelOrderAction } = await import("./actions");
  request.headers = new Headers(headers);
  const form = new FormData();
  const token = new URL(cancelUrl).searchParams.get("order");
  if (token !== null) form.append("order", token);
  try {
    const result = await cancelOrderAction(undefined, form);
    return { result, location: null };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { result: null, location: new URL(digest.split(";")[2], APP_ORIGIN) };
  }
}

const authSecretForTests = async () => (await import("@/lib/auth/secret")).authSecret();
const ultragun = () => database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } });

describe("cancelling from the payment page's back link", () => {
  it("is the cancel link Stripe gets, and it ends the session, then gives the stock and the code back, once", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    expect((await ultragun()).reserved).toBe(2);
    expect(cancelUrl.pathname).toBe("/checkout/cancel");

    const response = await confirm(cancelUrl.toString());
    expect(response.location?.pathname).toBe("/checkout/cancelled");
    expect(stripe.requests).toEqual([expect.objectContaining({ method: "POST", path: `/v1/checkout/sessions/${order.providerSessionId}/expire` })]);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { redemption: true } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "cancelled",
      redemption: { status: "RELEASED" },
    });
    expect((await ultragun()).reserved).toBe(0);

    // The back button, or the link opened twice: nothing more is sent or released.
    expect((await confirm(cancelUrl.toString())).location?.pathname).toBe("/checkout/cancelled");
    expect(stripe.requests).toHaveLength(1);
    expect((await ultragun()).reserved).toBe(0);
  });

  it("keeps the hold when Stripe will not end the session (it may be being paid), and still shows the page", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    stripe.failNext(`/v1/checkout/sessions/${order.providerSessionId}/expire`, 400, 1, { saved: true });
    const response = await confirm(cancelUrl.toString());
    expect(response.location?.pathname).toBe("/checkout/cancelled");
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING", stockReleasedAt: null });
    expect((await ultragun()).reserved).toBe(2);
  });

  it("sends a paid order's shopper to the confirmation, and asks nothing of Stripe", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    await database.db.order.update({ where: { id: order.id }, data: { status: "PAID", paidAt: new Date() } });
    const { location } = await confirm(cancelUrl.toString());
    if (!location) throw new Error("no redirect");
    expect(location.pathname).toBe("/checkout/success");
    // A link for viewing, not the paying link the shopper came with.
    const { verifyOrderToken } = await import("@/lib/orders/order-link");
    expect(verifyOrderToken(location.searchParams.get("order")!, "view", await authSecretForTests())).toBe(order.id);
    expect(stripe.requests).toEqual([]);
  });

  it("changes nothing for a missing or forged order link", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    const forged = cancelUrl.searchParams.get("order")!.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    expect((await confirm("http://localhost/checkout/cancel")).result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect((await confirm(`http://localhost/checkout/cancel?order=${encodeURIComponent(forged)}`)).result).toMatchObject({ ok: false, code: "LINK_EXPIRED" });
    expect(stripe.requests).toEqual([]);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING" });
    expect((await ultragun()).reserved).toBe(2);
  });

  it("changes nothing when the form is posted from another site or with no origin", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    for (const headers of [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, {}] as Record<string, string>[]) {
      expect((await confirm(cancelUrl.toString(), headers)).result).toMatchObject({ ok: false, code: "FORBIDDEN", formError: "Cancel your order from the store's own page." });
    }
    expect(stripe.requests).toEqual([]);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING" });
    expect((await ultragun()).reserved).toBe(2);
  });

  it("refuses a paying link after the hold and its margin, and the viewing link at any time", async () => {
    const { order, cancelUrl } = await checkoutOnStripe();
    const { orderToken, ORDER_PAY_LINK_MARGIN_MS } = await import("@/lib/orders/order-link");
    const viewLink = `${APP_ORIGIN}/checkout/cancel?order=${encodeURIComponent(orderToken(order.id, "view", order.holdExpiresAt, await authSecretForTests()))}`;
    expect((await confirm(viewLink)).result).toMatchObject({ ok: false, code: "LINK_EXPIRED" });
    vi.useFakeTimers({ toFake: ["Date"], now: order.holdExpiresAt.getTime() + ORDER_PAY_LINK_MARGIN_MS + 1000 });
    try {
      expect((await confirm(cancelUrl.toString())).result).toMatchObject({ ok: false, code: "LINK_EXPIRED" });
    } finally {
      vi.useRealTimers();
    }
    expect(stripe.requests).toEqual([]);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING" });
  });
});
