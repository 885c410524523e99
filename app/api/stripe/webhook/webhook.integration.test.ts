// The webhook route's real code with payloads signed for real (Stripe's own test header), against
// a real database: signature checks, each event applied once, out-of-order deliveries, refunds.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { addLine } from "@/lib/cart/change-lines";
import { createOrderFromCart } from "@/lib/orders/create-order";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { checkoutSessionEvent, type EventOrder } from "@/testing/stripe-events";
import { startStripeStandIn, type StandIn } from "@/testing/stripe-stand-in";
import { POST } from "./route";

const SECRET = "whsec_test_secret_for_webhook_tests";
const signer = new Stripe("sk_test_signer");
const database = setupTestDatabase();
let stripe: StandIn;
let productId: string;

beforeAll(async () => {
  stripe = await startStripeStandIn();
  Object.assign(process.env, { STRIPE_WEBHOOK_SECRET: SECRET, STRIPE_SECRET_KEY: "sk_test_standin", STRIPE_API_BASE: stripe.url });
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  productId = (await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).id;
});
afterAll(() => stripe?.close());

function deliver(event: object, options: { secret?: string; signature?: string | null; timestamp?: number } = {}) {
  const payload = JSON.stringify(event);
  const signature =
    options.signature === undefined
      ? signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? SECRET, timestamp: options.timestamp })
      : options.signature;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature) headers["stripe-signature"] = signature;
  return POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers, body: payload }));
}

async function pendingOrder(quantity = 1) {
  const cart = await database.db.cart.create({ data: {} });
  await addLine(cart.id, productId, quantity);
  const result = await createOrderFromCart(cart.id, { email: "hook@example.com" }, "STRIPE");
  if (!result.ok) throw new Error("no order");
  return database.db.order.findUniqueOrThrow({ where: { id: result.order.id } });
}

const sessionEvent = (type: string, order: EventOrder, session?: object) => checkoutSessionEvent(type, order, { session });

const status = async (id: string) => (await database.db.order.findUniqueOrThrow({ where: { id } })).status;
const stockOf = async () => database.db.product.findUniqueOrThrow({ where: { id: productId }, select: { stock: true, reserved: true } });

describe("POST /api/stripe/webhook", () => {
  it("refuses a missing, forged or stale signature with 400 and changes nothing", async () => {
    const order = await pendingOrder();
    const event = sessionEvent("checkout.session.completed", order);
    expect((await deliver(event, { signature: null })).status).toBe(400);
    expect((await deliver(event, { secret: "whsec_someone_else" })).status).toBe(400);
    expect((await deliver(event, { signature: "t=1,v1=deadbeef" })).status).toBe(400);
    expect((await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(400);
    expect(await status(order.id)).toBe("PENDING");
    expect(await database.db.processedEvent.count({ where: { id: event.id } })).toBe(0);
  });

  it("applies a completed checkout once, however often it is delivered, with the shipping address", async () => {
    const order = await pendingOrder(2);
    const before = await stockOf();
    const event = sessionEvent("checkout.session.completed", order);
    const first = await deliver(event);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, outcome: "paid" });
    const again = await Promise.all([deliver(event), deliver(event)]);
    for (const response of again) expect(await response.json()).toEqual({ received: true, outcome: "duplicate" });

    expect(await stockOf()).toEqual({ stock: before.stock - 2, reserved: before.reserved - 2 });
    const paid = await database.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid).toMatchObject({ status: "PAID", providerPaymentId: `pi_${order.id}`, shippingName: "Ada Lovelace" });
    expect(paid.shippingAddress).toMatchObject({ city: "Boston", country: "US" });
    expect(await database.db.inventoryMovement.count({ where: { orderId: order.id, reason: "SALE" } })).toBe(1);
  });

  it("keeps a paid order paid when its expiry arrives afterwards", async () => {
    const order = await pendingOrder();
    await deliver(sessionEvent("checkout.session.completed", order));
    const response = await deliver(sessionEvent("checkout.session.expired", order, { payment_status: "unpaid" }));
    expect(await response.json()).toEqual({ received: true, outcome: "nothing_to_release" });
    expect(await status(order.id)).toBe("PAID");
  });

  it("completes an order whose expiry arrived first, while the stock is still there", async () => {
    const order = await pendingOrder();
    const before = await stockOf();
    expect(await (await deliver(sessionEvent("checkout.session.expired", order, { payment_status: "unpaid" }))).json()).toEqual({ received: true, outcome: "released" });
    expect(await status(order.id)).toBe("EXPIRED");
    expect((await stockOf()).reserved).toBe(before.reserved - 1);
    expect(await (await deliver(sessionEvent("checkout.session.completed", order))).json()).toEqual({ received: true, outcome: "paid" });
    expect(await status(order.id)).toBe("PAID");
    expect(await stockOf()).toEqual({ stock: before.stock - 1, reserved: before.reserved - 1 });
  });

  it("waits on an unpaid async payment, then applies its success or failure", async () => {
    const slow = await pendingOrder();
    expect(await (await deliver(sessionEvent("checkout.session.completed", slow, { payment_status: "unpaid" }))).json()).toEqual({ received: true, outcome: "awaiting_payment" });
    expect(await status(slow.id)).toBe("PENDING");
    await deliver(sessionEvent("checkout.session.async_payment_succeeded", slow));
    expect(await status(slow.id)).toBe("PAID");

    const failing = await pendingOrder();
    await deliver(sessionEvent("checkout.session.async_payment_failed", failing, { payment_status: "unpaid" }));
    expect(await database.db.order.findUniqueOrThrow({ where: { id: failing.id } })).toMatchObject({ status: "EXPIRED", cancelReason: "payment_failed" });
  });

  it("records partial and full refunds and flags disputes", async () => {
    const order = await pendingOrder();
    await deliver(sessionEvent("checkout.session.completed", order));
    const charge = (amountRefunded: number) => ({
      id: `evt_refund_${amountRefunded}_${order.id}`,
      object: "event",
      type: "charge.refunded",
      data: { object: { id: `ch_${order.id}`, object: "charge", payment_intent: `pi_${order.id}`, amount_refunded: amountRefunded } },
    });
    await deliver(charge(1000));
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PARTIALLY_REFUNDED", refundedCents: 1000 });
    await deliver(charge(order.totalCents));
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "REFUNDED", refundedCents: order.totalCents });

    await deliver({ id: `evt_dispute_${order.id}`, object: "event", type: "charge.dispute.created", data: { object: { id: "dp_1", object: "dispute", payment_intent: `pi_${order.id}`, reason: "fraudulent" } } });
    expect((await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).attention).toMatch(/disputed.*fraudulent/);
  });

  it("acknowledges event types it does not handle with 200, so Stripe stops retrying them", async () => {
    const response = await deliver({ id: "evt_other", object: "event", type: "customer.created", data: { object: { id: "cus_1", object: "customer" } } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, ignored: "customer.created" });
  });

  it("answers a signed but malformed or oversized payload with 400 / 413, and changes nothing", async () => {
    const order = await pendingOrder();
    const eventsBefore = await database.db.processedEvent.count();
    const signed = (payload: string) => ({ "content-type": "application/json", "stripe-signature": signer.webhooks.generateTestHeaderString({ payload, secret: SECRET }) });
    const broken = `{"id":"evt_broken","type":"checkout.session.completed","data":{"object":{"metadata":{"orderId":"${order.id}"}}}`;
    const malformed = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: signed(broken), body: broken }));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatch(/^The request body is not valid JSON/);

    const huge = JSON.stringify({ ...sessionEvent("checkout.session.completed", order), padding: "x".repeat(512 * 1024) });
    const declared = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { ...signed(huge), "content-length": String(huge.length) }, body: huge }));
    expect(declared.status).toBe(413);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < huge.length; i += 64 * 1024) controller.enqueue(new TextEncoder().encode(huge.slice(i, i + 64 * 1024)));
        controller.close();
      },
    });
    const streamed = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: signed(huge), body: chunked, duplex: "half" } as RequestInit));
    expect(streamed.status).toBe(413);
    expect(await status(order.id)).toBe("PENDING");
    expect(await database.db.processedEvent.count()).toBe(eventsBefore);
  });
});
