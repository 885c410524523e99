import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { addLine } from "../cart/change-lines";
import { dataPath } from "../env";
import { createStripeClient, StripeProvider, STRIPE_EXPIRY_SLACK_SECONDS, STRIPE_MAX_NETWORK_RETRIES, STRIPE_MIN_EXPIRY_SECONDS } from "../payments/stripe";
import { TestProvider } from "../payments/test-provider";
import { priceCart } from "../pricing";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { startStripeStandIn, type StandIn } from "@/testing/stripe-stand-in";
import { applyPayment } from "./apply-payment";
import { createOrderFromCart } from "./create-order";
import { releaseOrder, releaseOverdueOrders } from "./release-order";
import { settlePayment } from "./settle-payment";
import { startCheckout } from "./start-checkout";

const database = setupTestDatabase();
let stripe: StandIn;
let provider: StripeProvider;
const ids: Record<string, string> = {};
const prices: Record<string, number> = {};
const rates: Record<string, number> = {};
const now = new Date();

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", now, log: () => {} });
  for (const p of await database.db.product.findMany()) {
    ids[p.slug] = p.id;
    prices[p.id] = p.priceCents;
  }
  for (const r of await database.db.couponProductRate.findMany()) rates[r.productId] = r.percentOff;
  stripe = await startStripeStandIn();
  provider = new StripeProvider(createStripeClient("sk_test_standin", stripe.url), () => now);
});
afterAll(() => stripe?.close());
beforeEach(async () => {
  stripe.requests.length = 0;
  // Each test sets the stock it needs; earlier tests' pending orders must not hold any of it.
  await database.db.order.updateMany({ where: { status: "PENDING" }, data: { status: "CANCELLED", stockReleasedAt: new Date() } });
  await database.db.couponRedemption.updateMany({ where: { status: "HELD" }, data: { status: "RELEASED" } });
});

const setStock = (slug: string, stock: number) => database.db.product.update({ where: { slug }, data: { stock, reserved: 0 } });

async function cartWith(lines: [string, number][], code?: string) {
  const cart = await database.db.cart.create({ data: { couponCode: code } });
  for (const [slug, quantity] of lines) expect(await addLine(cart.id, ids[slug], quantity)).toEqual({ ok: true });
  return cart.id;
}

/** What Stripe would charge for the latest session (the stand-in adds line items - coupon + shipping). */
const stripeTotal = () => Object.values(stripe.sessions).at(-1)!.amount_total;

describe("starting a checkout", () => {
  it("prices from the database, reserves stock, holds the code and opens a Stripe session that charges exactly the order total", async () => {
    await setStock("ultragun", 60);
    await setStock("us111", 24);
    const cart = await cartWith([["ultragun", 2], ["us111", 1]], "FLASHSALE");
    // A price changed after the shopper added the line: the order uses the database's price now.
    await database.db.product.update({ where: { slug: "us111" }, data: { priceCents: 41900 } });

    const result = await startCheckout(cart, { email: "Shopper@Example.com" }, provider, now);
    expect(result.ok).toBe(true);
    const order = await database.db.order.findUniqueOrThrow({ where: { id: (result as { orderId: string }).orderId }, include: { lines: true, redemption: true } });
    // 2 × 15900 at 75% = 31800 - 23850; 1 × 41900 at 40% = 41900 - 16760.
    expect(order).toMatchObject({ status: "PENDING", email: "shopper@example.com", subtotalCents: 73700, discountCents: 40610, shippingCents: 0, totalCents: 33090, couponCode: "FLASHSALE" });
    expect(order.lines.find((l) => l.productId === ids.us111)).toMatchObject({ unitPriceCents: 41900, quantity: 1, discountCents: 16760, totalCents: 25140 });
    expect(order.redemption).toMatchObject({ status: "HELD", customerKey: "shopper@example.com" });
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(2);

    const session = stripe.requests.find((r) => r.path === "/v1/checkout/sessions")!;
    expect(stripeTotal()).toBe(order.totalCents);
    expect(session.idempotencyKey).toMatch(new RegExp(`^checkout-session:${order.id}:0:[\\w-]{22}$`));
    expect(stripe.requests.find((r) => r.path === "/v1/coupons")).toMatchObject({
      idempotencyKey: expect.stringMatching(new RegExp(`^coupon:${order.id}:0:`)),
      body: { amount_off: "40610", currency: "usd", duration: "once" },
    });
    expect(session.body).toMatchObject({
      mode: "payment",
      customer_email: "shopper@example.com",
      "metadata[orderId]": order.id,
      "metadata[orderNumber]": order.number,
      "line_items[0][price_data][currency]": "usd",
      "shipping_address_collection[allowed_countries][0]": "US",
    });
    // Never under Stripe's 30-minute minimum, and at most its slack (which lets a retry send the identical
    // request) past the 30-minute hold.
    const expiresAt = Number(session.body.expires_at);
    expect(expiresAt - now.getTime() / 1000).toBeGreaterThanOrEqual(STRIPE_MIN_EXPIRY_SECONDS);
    expect(expiresAt - Math.floor(order.holdExpiresAt.getTime() / 1000)).toBeGreaterThanOrEqual(0);
    expect(expiresAt - Math.floor(order.holdExpiresAt.getTime() / 1000)).toBeLessThanOrEqual(STRIPE_EXPIRY_SLACK_SECONDS + 1);
    expect(session.body.success_url).toMatch(/\/checkout\/success\?order=/);
    // STRIPE_TAX is unset: no Stripe Tax, and nothing about tax in the request.
    expect(Object.keys(session.body).filter((key) => /tax/.test(key))).toEqual([]);
    expect(order.providerSessionId).toMatch(/^cs_test_/);
    await database.db.product.update({ where: { slug: "us111" }, data: { priceCents: 39900 } });
  });

  it("charges Stripe exactly the order total for any FLASHSALE cart", async () => {
    const products = Object.keys(prices);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...products), fc.integer({ min: 1, max: 10 })), { minLength: 1, maxLength: 3 }), async (picked) => {
        const lines = [...new Map(picked).entries()].map(([productId, quantity]) => ({ productId, quantity, unitPriceCents: prices[productId] }));
        const priced = priceCart({
          lines,
          coupon: { code: "FLASHSALE", kind: "PRODUCT_PERCENT", percentOff: null, amountOffCents: null, productRates: rates, excludedProductIds: [], startsAt: new Date(0), endsAt: null, active: true, maxRedemptions: null, usedOrHeld: 0, maxPerCustomer: null, customerUses: 0, minSubtotalCents: 0 },
          now,
          shipping: { rateCents: 995, freeShippingOverCents: 15000 },
        });
        stripe.requests.length = 0;
        await provider.createCheckoutSession({
          orderId: `prop_${Math.random()}`,
          orderNumber: "UC-PROP",
          currency: "usd",
          email: null,
          lines: priced.lines.map((l) => ({ name: l.productId, unitPriceCents: l.unitPriceCents, quantity: l.quantity, taxCode: null })),
          discountCents: priced.discountCents,
          couponCode: "FLASHSALE",
          shippingCents: priced.shippingCents,
          shippingCountry: "US",
          delivery: { minDays: 3, maxDays: 5 },
          totalCents: priced.totalCents,
          automaticTax: false,
          holdExpiresAt: new Date(now.getTime() + 3600_000),
          holdStartedAt: now,
          attempt: 0,
          successUrl: "http://localhost/s",
          cancelUrl: "http://localhost/c",
        });
        expect(stripeTotal()).toBe(priced.totalCents);
      }),
      { numRuns: 40 },
    );
  });

  it("reserves nothing when one line cannot be reserved, and says which and how many are left", async () => {
    await setStock("ultragun", 60);
    await setStock("us111", 1);
    const cart = await cartWith([["ultragun", 1], ["us111", 1]]);
    await database.db.product.update({ where: { slug: "us111" }, data: { reserved: 1 } }); // someone else holds the last one
    const result = await createOrderFromCart(cart, { email: "a@example.com" }, "STRIPE", now);
    expect(result).toEqual({ ok: false, code: "OUT_OF_STOCK", productName: "US111 Ultrasound Therapy", available: 0 });
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(0);
    expect(await database.db.order.count({ where: { cartId: cart } })).toBe(0);
  });

  it("re-checks the code: a sale that ended while the cart waited is refused, nothing held", async () => {
    await setStock("ultragun", 60);
    const cart = await cartWith([["ultragun", 1]], "FLASHSALE");
    const sale = await database.db.coupon.findUniqueOrThrow({ where: { code: "FLASHSALE" } });
    const result = await createOrderFromCart(cart, { email: "a@example.com" }, "STRIPE", new Date(sale.endsAt!.getTime() + 1));
    expect(result).toMatchObject({ ok: false, code: "COUPON_EXPIRED" });
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(0);
  });

  it("gives the stock back when Stripe fails to open the session, and a retry succeeds", async () => {
    await setStock("ultragun", 60);
    const cart = await cartWith([["ultragun", 1]]);
    stripe.failNext("/v1/checkout/sessions", 500, 1 + STRIPE_MAX_NETWORK_RETRIES); // the SDK's own retry fails too
    const failed = await startCheckout(cart, { email: "a@example.com" }, provider, now);
    expect(failed).toEqual({ ok: false, code: "PAYMENT_UNAVAILABLE" });
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(0);
    expect(await database.db.order.findFirst({ where: { cartId: cart } })).toMatchObject({ status: "EXPIRED", cancelReason: "session_failed" });
    const retry = await startCheckout(cart, { email: "a@example.com" }, provider, now);
    expect(retry.ok).toBe(true);
    // The same order, taken up again (more in checkout-faults.integration.test.ts).
    expect(await database.db.order.count({ where: { cartId: cart } })).toBe(1);
    expect(await database.db.order.count({ where: { cartId: cart, status: "PENDING" } })).toBe(1);
  });
});

describe("payment and its aftermath", () => {
  async function pendingOrder(slug: string, quantity: number, code?: string, email = "buyer@example.com") {
    const cart = await cartWith([[slug, quantity]], code);
    const result = await createOrderFromCart(cart, { email }, "STRIPE", now);
    if (!result.ok) throw new Error(JSON.stringify(result));
    return { orderId: result.order.id, cartId: cart };
  }
  const paid = (orderId: string, eventId: string) =>
    ({ eventId, eventType: "checkout.session.completed", provider: "STRIPE" as const, orderId, paymentId: `pi_${eventId}`, sessionId: `cs_${eventId}` });

  it("turns the reservation into a sale once, records the redemption, empties the cart and sends the receipt", async () => {
    await setStock("ultragun-pro", 10);
    const { orderId, cartId } = await pendingOrder("ultragun-pro", 2, "FLASHSALE");
    expect(await settlePayment(paid(orderId, "evt_1"), provider, now)).toBe("paid");
    expect(await settlePayment(paid(orderId, "evt_1"), provider, now)).toBe("duplicate");
    expect(await applyPayment(paid(orderId, "evt_1b"), now)).toBe("already_paid");

    const product = await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun-pro" } });
    expect({ stock: product.stock, reserved: product.reserved }).toEqual({ stock: 8, reserved: 0 });
    expect(await database.db.inventoryMovement.findMany({ where: { orderId }, select: { delta: true, reason: true } })).toEqual([{ delta: -2, reason: "SALE" }]);
    expect(await database.db.couponRedemption.findUniqueOrThrow({ where: { orderId } })).toMatchObject({ status: "REDEEMED" });
    expect(await database.db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "PAID", providerPaymentId: "pi_evt_1" });
    expect(await database.db.cartLine.count({ where: { cartId } })).toBe(0);

    // The receipt: order number, lines, discount and total, written to the outbox without SMTP.
    const order = await database.db.order.findUniqueOrThrow({ where: { id: orderId } });
    const outbox = dataPath("mail");
    // .eml bodies are quoted-printable: undo soft line breaks and =XX escapes to read the text.
    const decode = (eml: string) =>
      Buffer.from(eml.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
    const receipts = await Promise.all((await readdir(outbox)).map(async (name) => decode(await readFile(path.join(outbox, name), "utf8"))));
    const receipt = receipts.find((text) => text.includes(order.number))!;
    expect(receipt).toContain("2 × UltraGun PRO");
    expect(receipt).toContain("Discount (FLASHSALE): -$298.80");
    expect(receipt).toContain("Total paid: $199.20");
    // No Stripe Tax: no Tax line, and the receipt says the prices exclude tax.
    expect(receipt).not.toMatch(/^Tax:/m);
    expect(receipt).toContain("Prices exclude tax");
  });

  it("releases an expired order once and ignores an expiry that arrives after the payment", async () => {
    await setStock("ultragun-pro", 10);
    const first = await pendingOrder("ultragun-pro", 3);
    expect(await releaseOrder(first.orderId, "expired", now)).toBe(true);
    expect(await releaseOrder(first.orderId, "expired", now)).toBe(false);
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun-pro" } })).reserved).toBe(0);

    const second = await pendingOrder("ultragun-pro", 1);
    await settlePayment(paid(second.orderId, "evt_2"), provider, now);
    expect(await releaseOrder(second.orderId, "expired", now)).toBe(false);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: second.orderId } })).toMatchObject({ status: "PAID" });
  });

  it("accepts a payment that arrives after the hold lapsed when the stock is still there", async () => {
    await setStock("ultragun-pro", 5);
    const { orderId } = await pendingOrder("ultragun-pro", 1, "FLASHSALE");
    await releaseOrder(orderId, "expired", now);
    expect(await settlePayment(paid(orderId, "evt_late_ok"), provider, now)).toBe("paid");
    expect(await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun-pro" } })).toMatchObject({ stock: 4, reserved: 0 });
    expect(await database.db.couponRedemption.findUniqueOrThrow({ where: { orderId } })).toMatchObject({ status: "REDEEMED" });
  });

  it("refunds, and flags, a payment that arrives after the hold lapsed and the device sold out", async () => {
    await setStock("us111", 1);
    const { orderId } = await pendingOrder("us111", 1);
    await releaseOrder(orderId, "expired", now);
    await setStock("us111", 0); // sold to someone else meanwhile
    stripe.requests.length = 0;
    expect(await settlePayment(paid(orderId, "evt_late_gone"), provider, now)).toBe("refund_needed");
    const order = await database.db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("EXPIRED");
    expect(order.attention).toMatch(/refunded/);
    expect(stripe.requests.find((r) => r.path === "/v1/refunds")).toMatchObject({
      idempotencyKey: expect.stringMatching(/^owed-refund:\w+:0$/),
      body: { payment_intent: "pi_evt_late_gone", amount: String(order.totalCents) },
    });
    expect(await database.db.product.findUniqueOrThrow({ where: { slug: "us111" } })).toMatchObject({ stock: 0, reserved: 0 });
  });

  it("sweeps overdue holds so nothing stays held when an event is lost", async () => {
    await setStock("ultragun", 10);
    const { orderId } = await pendingOrder("ultragun", 2, "FLASHSALE");
    const order = await database.db.order.findUniqueOrThrow({ where: { id: orderId } });
    const released = await releaseOverdueOrders(new Date(order.holdExpiresAt.getTime() + 1000));
    expect(released.map((r) => r.orderId)).toContain(orderId);
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(0);
    expect(await database.db.couponRedemption.findUniqueOrThrow({ where: { orderId } })).toMatchObject({ status: "RELEASED" });
  });

  it("the test provider drives the same path: its payment page link is signed, its refund is simulated", async () => {
    const testProvider = new TestProvider("http://shop.test", (id) => `${id}.sig`);
    const session = await testProvider.createCheckoutSession({ orderId: "ord_1" } as never);
    expect(session.url).toBe("http://shop.test/checkout/test-payment?order=ord_1.sig");
  });
});

describe("reconciling payments whose events never arrived", () => {
  it("applies a paid session whose order is still pending, and leaves paid orders alone", async () => {
    await setStock("ultragun", 10);
    const cart = await cartWith([["ultragun", 1]]);
    const created = await createOrderFromCart(cart, { email: "lost-event@example.com" }, "STRIPE", now);
    if (!created.ok) throw new Error("no order");
    const { reconcilePayments } = await import("./reconcile-payments");
    stripe.paidSessions.push({
      id: "cs_lost_1",
      object: "checkout.session",
      payment_status: "paid",
      metadata: { orderId: created.order.id },
      client_reference_id: created.order.id,
      payment_intent: "pi_lost_1",
      amount_total: created.order.totalCents,
      created: Math.floor(now.getTime() / 1000),
    });
    expect(await reconcilePayments(provider, { days: 3, dryRun: true, now })).toEqual([
      { sessionId: "cs_lost_1", orderId: created.order.id, orderNumber: created.order.number, outcome: "would apply" },
    ]);
    expect(await reconcilePayments(provider, { days: 3, now })).toEqual([
      { sessionId: "cs_lost_1", orderId: created.order.id, orderNumber: created.order.number, outcome: "paid" },
    ]);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: created.order.id } })).toMatchObject({ status: "PAID", providerPaymentId: "pi_lost_1" });
    expect(await reconcilePayments(provider, { days: 3, now })).toEqual([]);
    const listCall = stripe.requests.find((r) => r.method === "GET" && r.path === "/v1/checkout/sessions")!;
    expect(Number(listCall.body["created[gte]"])).toBe(Math.floor((now.getTime() - 3 * 24 * 3600_000) / 1000));
  });
});

describe("holds shorter than Stripe's 30-minute minimum", () => {
  it("the sweep releases the order and expires its Stripe session through the API", async () => {
    await setStock("ultragun", 10);
    const cart = await cartWith([["ultragun", 1]]);
    const started = await startCheckout(cart, { email: "short-hold@example.com" }, provider, now);
    if (!started.ok) throw new Error("no checkout");
    const order = await database.db.order.findUniqueOrThrow({ where: { id: started.orderId } });
    stripe.requests.length = 0;
    const { sweepOverdue } = await import("./start-checkout");
    expect(await sweepOverdue(provider, new Date(order.holdExpiresAt.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    expect(stripe.requests).toContainEqual(
      expect.objectContaining({ method: "POST", path: `/v1/checkout/sessions/${order.providerSessionId}/expire`, idempotencyKey: `expire:${order.providerSessionId}` }),
    );
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "EXPIRED", cancelReason: "expired" });
  });
});
