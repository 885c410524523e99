// The back office's order operations against a real database and the Stripe stand-in: refunds (partial,
// full, refused), cancels (pending and paid), shipping (status, timeline, e-mail), the filtered list.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seed } from "../../../prisma/seed/seed";
import { addLine } from "../../cart/change-lines";
import { dataPath } from "../../env";
import { applyPayment } from "../../orders/apply-payment";
import { createOrderFromCart } from "../../orders/create-order";
import { createStripeClient, StripeProvider } from "../../payments/stripe";
import { createUser } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { startStripeStandIn, type StandIn } from "@/testing/stripe-stand-in";
import { cancelOrder } from "./cancel-order";
import { getAdminOrderById } from "./get-admin-order";
import { listOrders } from "./list-orders";
import { refundOrder } from "./refund-order";
import { resolveAttention } from "./resolve-attention";
import { shipOrder } from "./ship-order";

const database = setupTestDatabase();
let stripe: StandIn;
let provider: StripeProvider;
let staffId: string;
const now = new Date();

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", now, log: () => {} });
  staffId = (await createUser(database.db, "SUPPORT")).id;
  stripe = await startStripeStandIn();
  provider = new StripeProvider(createStripeClient("sk_test_standin", stripe.url), () => now);
});
afterAll(() => stripe?.close());
beforeEach(() => {
  stripe.requests.length = 0;
});

const product = (slug: string) => database.db.product.findUniqueOrThrow({ where: { slug } });

async function pendingOrder(slug: string, quantity: number, options: { code?: string; email?: string } = {}) {
  const { id: productId } = await product(slug);
  const cart = await database.db.cart.create({ data: { couponCode: options.code } });
  expect(await addLine(cart.id, productId, quantity)).toEqual({ ok: true });
  const result = await createOrderFromCart(cart.id, { email: options.email ?? "buyer@example.com" }, "STRIPE", now);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.order;
}

async function paidOrder(slug: string, quantity: number, options: { code?: string; email?: string } = {}) {
  const order = await pendingOrder(slug, quantity, options);
  const outcome = await applyPayment({
    eventId: `evt_${order.id}`,
    eventType: "checkout.session.completed",
    provider: "STRIPE",
    orderId: order.id,
    paymentId: `pi_${order.id}`,
    shippingName: "Dana Reyes",
    shippingAddress: { line1: "4 Harbour Lane", city: "Portland", postal_code: "97201", country: "US" },
  }, now);
  expect(outcome).toBe("paid");
  return order;
}

const auditRows = (entityId: string) => database.db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

describe("refunding a paid order", () => {
  it("refunds part, then the rest, through the provider with idempotency keys; refuses more than was paid", async () => {
    const order = await paidOrder("ultragun", 2); // 2 × 15900 + free shipping
    expect(order.totalCents).toBe(31800);

    expect(await refundOrder({ orderId: order.id, amountCents: 5000, actorId: staffId }, { provider, now })).toEqual({
      ok: true,
      refundedCents: 5000,
      status: "PARTIALLY_REFUNDED",
    });
    expect(await refundOrder({ orderId: order.id, amountCents: 26801, actorId: staffId }, { provider, now })).toEqual({
      ok: false,
      code: "OVER_REFUND",
      refundableCents: 26800,
    });
    expect(await refundOrder({ orderId: order.id, amountCents: 26800, actorId: staffId }, { provider, now })).toMatchObject({
      ok: true,
      refundedCents: 31800,
      status: "REFUNDED",
    });
    expect(await refundOrder({ orderId: order.id, amountCents: 1, actorId: staffId }, { provider, now })).toEqual({ ok: false, code: "NOT_REFUNDABLE" });

    const refunds = stripe.requests.filter((r) => r.path === "/v1/refunds");
    expect(refunds.map((r) => ({ amount: r.body.amount, pi: r.body.payment_intent }))).toEqual([
      { amount: "5000", pi: `pi_${order.id}` },
      { amount: "26800", pi: `pi_${order.id}` },
    ]);
    expect(new Set(refunds.map((r) => r.idempotencyKey)).size).toBe(2);
    expect(refunds.every((r) => r.idempotencyKey?.includes(order.id))).toBe(true);

    const detail = await getAdminOrderById(order.id);
    expect(detail).toMatchObject({ status: "REFUNDED", refundedCents: 31800, refundableCents: 0, can: { refund: false, ship: false, cancel: false } });
    expect(detail!.events.filter((e) => e.type === "refunded").map((e) => e.message)).toEqual([
      "Refunded $50.00 ($50.00 of $318.00 in all).",
      "Refunded $268.00 ($318.00 of $318.00 in all).",
    ]);
    expect((await auditRows(order.id)).map((a) => [a.action, a.actorId, a.after])).toEqual([
      ["order.refund", staffId, { status: "PARTIALLY_REFUNDED", refundedCents: 5000, amountCents: 5000 }],
      ["order.refund", staffId, { status: "REFUNDED", refundedCents: 31800, amountCents: 26800 }],
    ]);
  });

  it("changes nothing when the provider refuses, and refuses orders that were never paid", async () => {
    const order = await paidOrder("ultragun", 1);
    stripe.failNext("/v1/refunds", 400);
    expect(await refundOrder({ orderId: order.id, amountCents: 1000, actorId: staffId }, { provider, now })).toEqual({ ok: false, code: "PROVIDER_FAILED" });
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID", refundedCents: 0 });
    expect(await auditRows(order.id)).toEqual([]);

    const pending = await pendingOrder("ultragun", 1);
    expect(await refundOrder({ orderId: pending.id, amountCents: 100, actorId: staffId }, { provider, now })).toEqual({ ok: false, code: "NOT_REFUNDABLE" });
    expect(await refundOrder({ orderId: "no-such-order", amountCents: 100, actorId: staffId }, { provider, now })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await refundOrder({ orderId: order.id, amountCents: 0, actorId: staffId }, { provider, now })).toEqual({ ok: false, code: "INVALID_AMOUNT" });
  });
});

describe("cancelling an order", () => {
  it("gives a pending order's reserved units and code hold back", async () => {
    const before = await product("us111");
    const order = await pendingOrder("us111", 2, { code: "FLASHSALE" });
    expect((await product("us111")).reserved).toBe(before.reserved + 2);

    expect(await cancelOrder({ orderId: order.id, actorId: staffId }, { provider, now })).toEqual({ ok: true, refundedCents: 0, unitsReturned: 0 });
    const after = await product("us111");
    expect({ stock: after.stock, reserved: after.reserved }).toEqual({ stock: before.stock, reserved: before.reserved });
    expect(await database.db.couponRedemption.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "RELEASED" });
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CANCELLED" });
    expect((await auditRows(order.id)).map((a) => a.action)).toEqual(["order.cancel"]);
    expect(stripe.requests.filter((r) => r.path === "/v1/refunds")).toEqual([]);
    // A second cancel finds nothing to do.
    expect(await cancelOrder({ orderId: order.id, actorId: staffId }, { provider, now })).toEqual({ ok: false, code: "NOT_CANCELLABLE" });
  });

  it("puts a paid, unshipped order's units back on hand with RETURN movements and refunds it in full", async () => {
    const start = await product("ultragun-pro");
    const order = await paidOrder("ultragun-pro", 3, { code: "FLASHSALE" });
    expect((await product("ultragun-pro")).stock).toBe(start.stock - 3);

    const result = await cancelOrder({ orderId: order.id, actorId: staffId }, { provider, now });
    expect(result).toEqual({ ok: true, refundedCents: order.totalCents, unitsReturned: 3 });
    const after = await product("ultragun-pro");
    expect({ stock: after.stock, reserved: after.reserved }).toEqual({ stock: start.stock, reserved: start.reserved });
    expect(
      await database.db.inventoryMovement.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" }, select: { delta: true, reason: true, actorId: true } }),
    ).toEqual([
      { delta: -3, reason: "SALE", actorId: null },
      { delta: 3, reason: "RETURN", actorId: staffId },
    ]);
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CANCELLED", refundedCents: order.totalCents });
    expect(await database.db.couponRedemption.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "RELEASED" });
    expect(stripe.requests.filter((r) => r.path === "/v1/refunds").map((r) => r.body.amount)).toEqual([String(order.totalCents)]);
    expect((await auditRows(order.id)).map((a) => a.action)).toEqual(["order.cancel"]);
  });

  it("refuses to cancel a shipped order", async () => {
    const order = await paidOrder("ultragun", 1);
    expect((await shipOrder({ orderId: order.id, carrier: "UPS", trackingNumber: "1Z999", actorId: staffId }, now)).ok).toBe(true);
    const stock = (await product("ultragun")).stock;
    expect(await cancelOrder({ orderId: order.id, actorId: staffId }, { provider, now })).toEqual({ ok: false, code: "NOT_CANCELLABLE" });
    expect((await product("ultragun")).stock).toBe(stock);
  });
});

describe("shipping an order", () => {
  // .eml bodies are quoted-printable: undo soft line breaks and =XX escapes to read the text.
  const decode = (eml: string) =>
    Buffer.from(eml.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");

  it("marks a paid order shipped once, records the timeline and audit, and e-mails the customer the tracking number", async () => {
    const email = `ship-${Date.now()}@example.com`;
    const order = await paidOrder("us111", 1, { email });
    const result = await shipOrder({ orderId: order.id, carrier: "DHL Express", trackingNumber: "JD014600003828", actorId: staffId }, now);
    expect(result).toEqual({ ok: true, number: order.number, mailed: true });
    expect(await shipOrder({ orderId: order.id, carrier: "UPS", trackingNumber: "other", actorId: staffId }, now)).toEqual({ ok: false, code: "NOT_SHIPPABLE" });

    const saved = await database.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(saved).toMatchObject({ status: "FULFILLED", carrier: "DHL Express", trackingNumber: "JD014600003828", fulfilledAt: now });
    const detail = await getAdminOrderById(order.id);
    expect(detail!.events.map((e) => e.type)).toEqual(["created", "paid", "shipped"]);
    expect(detail!.can).toEqual({ ship: false, cancel: false, refund: true });
    expect((await auditRows(order.id)).map((a) => a.action)).toEqual(["order.ship"]);

    const outbox = dataPath("mail");
    const mine = (await readdir(outbox)).filter((name) => name.endsWith(`-${email}.eml`));
    const texts = await Promise.all(mine.map(async (name) => decode(await readFile(path.join(outbox, name), "utf8"))));
    const shipped = texts.filter((text) => text.includes(`Order ${order.number} has shipped`));
    expect(shipped).toHaveLength(1);
    expect(shipped[0]).toContain("Tracking number: JD014600003828");
    expect(shipped[0]).toContain("Carrier: DHL Express");
    expect(shipped[0]).toContain("4 Harbour Lane");
  });

  it("ships an order that was partly refunded before packing", async () => {
    const order = await paidOrder("ultragun", 1);
    expect((await refundOrder({ orderId: order.id, amountCents: 1000, actorId: staffId }, { provider, now })).ok).toBe(true);
    expect((await getAdminOrderById(order.id))!.can.ship).toBe(true);
    expect(await shipOrder({ orderId: order.id, carrier: "USPS", trackingNumber: "9400100000000000000000", actorId: staffId }, now)).toMatchObject({ ok: true });
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "FULFILLED", refundedCents: 1000 });
    expect((await getAdminOrderById(order.id))!.can).toEqual({ ship: false, cancel: false, refund: true });
  });

  it("refuses to ship an order that is not paid", async () => {
    const pending = await pendingOrder("ultragun", 1);
    expect(await shipOrder({ orderId: pending.id, carrier: "UPS", trackingNumber: "1Z1", actorId: staffId }, now)).toEqual({ ok: false, code: "NOT_SHIPPABLE" });
    expect(await shipOrder({ orderId: "nope", carrier: "UPS", trackingNumber: "1Z1", actorId: staffId }, now)).toEqual({ ok: false, code: "NOT_FOUND" });
  });
});

describe("an order flagged for attention", () => {
  it("shows the flag until staff clear it with a note, which lands on the timeline and in the audit log", async () => {
    const order = await paidOrder("ultragun", 1);
    await database.db.order.update({ where: { id: order.id }, data: { attention: "Payment disputed by the card holder (fraudulent)." } });
    expect((await getAdminOrderById(order.id))!.attention).toBe("Payment disputed by the card holder (fraudulent).");
    expect((await listOrders({ attention: "1" })).map((o) => o.id)).toContain(order.id);

    expect(await resolveAttention({ orderId: order.id, note: "Evidence sent to the bank.", actorId: staffId })).toEqual({ ok: true });
    expect(await resolveAttention({ orderId: order.id, note: "again", actorId: staffId })).toEqual({ ok: false, code: "NOT_FLAGGED" });
    const detail = (await getAdminOrderById(order.id))!;
    expect(detail.attention).toBeNull();
    expect(detail.events.at(-1)).toMatchObject({ type: "attention_resolved", message: "Flag cleared: Evidence sent to the bank." });
    expect((await auditRows(order.id)).map((a) => [a.action, a.before])).toEqual([["order.resolve_attention", { attention: "Payment disputed by the card holder (fraudulent)." }]]);
    expect((await listOrders({ attention: "1" })).map((o) => o.id)).not.toContain(order.id);
  });
});

describe("the orders list", () => {
  it("filters by status, code, number or e-mail, and date range", async () => {
    const withCode = await paidOrder("ultragun", 1, { code: "FLASHSALE", email: "list-anna@example.com" });
    const plain = await pendingOrder("ultragun", 1, { email: "list-ben@example.com" });

    const numbers = async (filters: Parameters<typeof listOrders>[0]) => (await listOrders(filters)).map((o) => o.number);
    expect(await numbers({ q: "list-anna" })).toEqual([withCode.number]);
    expect(await numbers({ q: plain.number.toLowerCase() })).toEqual([plain.number]);
    expect(await numbers({ q: "list-", code: "FLASHSALE" })).toEqual([withCode.number]);
    expect(await numbers({ q: "list-", status: "PENDING" })).toEqual([plain.number]);
    const today = now.toISOString().slice(0, 10);
    expect(await numbers({ q: "list-", from: today, to: today })).toEqual([plain.number, withCode.number]);
    expect(await numbers({ q: "list-", to: "2000-01-01" })).toEqual([]);
    expect((await listOrders({ q: "list-anna" }))[0]).toMatchObject({ itemCount: 1, couponCode: "FLASHSALE", status: "PAID" });
  });
});
