// Payments that must not complete an order, through the webhook route's real code, the scheduled job and
// reconciliation, against a real database and the Stripe stand-in: a cancelled or refunded order is never
// revived (the payment is refunded, retried until Stripe takes it), and a session, currency or amount that
// is not the order's is flagged and not paid.
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { cancelOrder } from "@/lib/admin/orders/cancel-order";
import { refundOrder } from "@/lib/admin/orders/refund-order";
import { addLine } from "@/lib/cart/change-lines";
import { createOrderFromCart } from "@/lib/orders/create-order";
import { reconcilePayments } from "@/lib/orders/reconcile-payments";
import { createStripeClient, StripeProvider } from "@/lib/payments/stripe";
import { createUser } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { checkoutSessionEvent } from "@/testing/stripe-events";
import { GET as cron } from "../../cron/release-holds/route";
import { POST } from "./route";

// Set before any module reads the environment (lib/env parses it once).
const { SECRET, CRON, stripe } = await vi.hoisted(async () => {
  const { startStripeStandIn } = await import("@/testing/stripe-stand-in");
  const values = { SECRET: "whsec_test_secret_for_closed_orders", CRON: "scheduler-token-for-closed-orders-0123456789", stripe: await startStripeStandIn() };
  Object.assign(process.env, { STRIPE_WEBHOOK_SECRET: values.SECRET, CRON_SECRET: values.CRON, STRIPE_SECRET_KEY: "sk_test_standin", STRIPE_API_BASE: values.stripe.url });
  return values;
});

// connection() only marks the cron handler as per-request for Next; outside a request it throws.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));

const signer = new Stripe("sk_test_signer");
const database = setupTestDatabase();
let provider: StripeProvider;
let productId: string;
let staffId: string;

beforeAll(async () => {
  provider = new StripeProvider(createStripeClient("sk_test_standin", stripe.url));
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  productId = (await database.db.product.update({ where: { slug: "ultragun" }, data: { stock: 50, reserved: 0 } })).id;
  staffId = (await createUser(database.db, "SUPPORT")).id;
});
afterAll(() => stripe?.close());
beforeEach(() => {
  stripe.requests.length = 0;
});

function deliver(event: object) {
  const payload = JSON.stringify(event);
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  return POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload }));
}

/** A checkout whose Stripe session was opened and recorded, as startCheckout leaves it. */
async function openCheckout() {
  const cart = await database.db.cart.create({ data: {} });
  await addLine(cart.id, productId, 1);
  const result = await createOrderFromCart(cart.id, { email: `closed-${cart.id}@example.com` }, "STRIPE");
  if (!result.ok) throw new Error(`no order: ${result.code}`);
  return database.db.order.update({ where: { id: result.order.id }, data: { providerSessionId: `cs_test_${result.order.id}` } });
}

const paidEvent = (order: { id: string; totalCents: number; providerSessionId?: string | null }, session: object = {}) =>
  checkoutSessionEvent("checkout.session.completed", order, { session: { currency: "usd", ...session } });
const orderOf = (id: string) => database.db.order.findUniqueOrThrow({ where: { id }, include: { owedRefunds: true } });
const stock = async () => database.db.product.findUniqueOrThrow({ where: { id: productId }, select: { stock: true, reserved: true } });
const refundRequests = () => stripe.requests.filter((r) => r.path === "/v1/refunds");

describe("a staff cancel, then the shopper pays on the page still open", () => {
  it("ends the Stripe session at the cancel; a payment that slips through is refunded and flagged, the order stays cancelled and no stock moves", async () => {
    const order = await openCheckout();
    expect(await cancelOrder({ orderId: order.id, actorId: staffId }, { provider })).toEqual({ ok: true, refundedCents: 0, unitsReturned: 0 });
    expect(stripe.requests.filter((r) => r.path === `/v1/checkout/sessions/${order.providerSessionId}/expire`)).toHaveLength(1);
    const before = await stock();

    const response = await deliver(paidEvent(order));
    expect(await response.json()).toEqual({ received: true, outcome: "refund_needed" });
    const after = await orderOf(order.id);
    expect(after).toMatchObject({ status: "CANCELLED", paidAt: null, attention: expect.stringMatching(/cancelled.*refunded/) });
    expect(after.owedRefunds).toMatchObject([{ paymentId: `pi_${order.id}`, amountCents: order.totalCents, refundedAt: expect.any(Date) }]);
    expect(refundRequests().map((r) => r.body)).toEqual([{ payment_intent: `pi_${order.id}`, amount: String(order.totalCents) }]);
    expect(await stock()).toEqual(before);
  });
});

describe("a refund that Stripe fails once", () => {
  async function cancelledAndPaid(eventId: string) {
    const order = await openCheckout();
    await cancelOrder({ orderId: order.id, actorId: staffId }, { provider });
    stripe.failNext("/v1/refunds", 500, 2); // the SDK's own retry fails too
    const event = { ...paidEvent(order), id: eventId };
    const first = await deliver(event);
    expect(first.status).toBe(500); // Stripe will deliver the event again
    const owed = (await orderOf(order.id)).owedRefunds;
    expect(owed).toMatchObject([{ refundedAt: null, attempts: 1, lastError: expect.stringMatching(/stand-in failure/) }]);
    return { order, event };
  }

  it("is sent when Stripe delivers the event again", async () => {
    const { order, event } = await cancelledAndPaid("evt_refund_redelivered");
    const again = await deliver(event);
    expect(again.status).toBe(200);
    expect((await orderOf(order.id)).owedRefunds).toMatchObject([{ refundedAt: expect.any(Date) }]);
    // Refused under the first key, so the retry uses a new one; Stripe made exactly one refund.
    const keys = refundRequests().map((r) => r.idempotencyKey);
    expect(new Set(keys)).toEqual(new Set([expect.stringMatching(/:0$/), expect.stringMatching(/:1$/)]));
    expect(stripe.created.filter((c) => c.path === "/v1/refunds" && keys.includes(c.idempotencyKey))).toHaveLength(1);
    expect((await orderOf(order.id)).status).toBe("CANCELLED");
  });

  it("is sent by the scheduled job when no redelivery comes", async () => {
    const { order } = await cancelledAndPaid("evt_refund_by_cron");
    const response = await cron(new Request("http://localhost/api/cron/release-holds", { headers: { authorization: `Bearer ${CRON}` } }));
    expect(await response.json()).toMatchObject({ refunds: { refunded: 1, stillOwed: 0 } });
    expect((await orderOf(order.id)).owedRefunds).toMatchObject([{ refundedAt: expect.any(Date) }]);
  });

  it("is sent by reconciliation", async () => {
    const { order } = await cancelledAndPaid("evt_refund_by_reconcile");
    const lines = await reconcilePayments(provider, { days: 3 });
    expect(lines).toContainEqual(expect.objectContaining({ outcome: "refunds owed: 1 sent, 0 still owed" }));
    expect((await orderOf(order.id)).owedRefunds).toMatchObject([{ refundedAt: expect.any(Date) }]);
  });
});

describe("reconciliation", () => {
  it("skips an order that was paid and then cancelled by staff: no second sale, stock and status unchanged", async () => {
    const order = await openCheckout();
    expect(await (await deliver(paidEvent(order))).json()).toMatchObject({ outcome: "paid" });
    expect(await cancelOrder({ orderId: order.id, actorId: staffId }, { provider })).toMatchObject({ ok: true, unitsReturned: 1 });
    const before = await stock();
    stripe.paidSessions.length = 0;
    stripe.paidSessions.push({
      id: order.providerSessionId,
      object: "checkout.session",
      payment_status: "paid",
      metadata: { orderId: order.id },
      payment_intent: `pi_${order.id}`,
      amount_total: order.totalCents,
      currency: "usd",
      created: Math.floor(Date.now() / 1000),
    });
    expect(await reconcilePayments(provider, { days: 3 })).toEqual([]);
    expect(await orderOf(order.id)).toMatchObject({ status: "CANCELLED" });
    expect(await stock()).toEqual(before);
    expect(await database.db.inventoryMovement.count({ where: { orderId: order.id, reason: "SALE" } })).toBe(1);
    stripe.paidSessions.length = 0;
  });
});

describe("a payment for a refunded order", () => {
  it("is refunded too; the order stays refunded", async () => {
    const order = await openCheckout();
    await deliver(paidEvent(order));
    expect(await refundOrder({ orderId: order.id, amountCents: order.totalCents, actorId: staffId }, { provider })).toMatchObject({ ok: true, status: "REFUNDED" });
    const second = await deliver(paidEvent(order, { payment_intent: `pi_second_${order.id}` }));
    expect(await second.json()).toMatchObject({ outcome: "refund_needed" });
    expect(await orderOf(order.id)).toMatchObject({ status: "REFUNDED", owedRefunds: [{ paymentId: `pi_second_${order.id}`, refundedAt: expect.any(Date) }] });
  });
});

describe("a payment that is not the order's", () => {
  it.each([
    ["another session naming the order", { id: "cs_test_someone_elses" }, /session cs_test_someone_elses/],
    ["another currency", { currency: "eur" }, /EUR.*USD/],
    ["another amount", { amount_total: 1 }, /1 cents/],
  ])("%s: flagged, not paid, stock still held", async (_, session, why) => {
    const order = await openCheckout();
    const before = await stock();
    expect(await (await deliver(paidEvent(order, session))).json()).toEqual({ received: true, outcome: "mismatch" });
    expect(await orderOf(order.id)).toMatchObject({ status: "PENDING", paidAt: null, attention: expect.stringMatching(why) });
    expect(await stock()).toEqual(before);
  });

  it("before any session id was stored, the order named in the metadata is paid", async () => {
    const order = await database.db.order.update({ where: { id: (await openCheckout()).id }, data: { providerSessionId: null } });
    expect(await (await deliver(paidEvent({ ...order, providerSessionId: "cs_test_unrecorded" }))).json()).toMatchObject({ outcome: "paid" });
    expect(await orderOf(order.id)).toMatchObject({ status: "PAID", providerSessionId: "cs_test_unrecorded" });
  });
});
