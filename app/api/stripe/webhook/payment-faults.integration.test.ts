// Issue #8's payment faults, through the webhook route's real code with payloads signed for real:
// the event arrives before the shopper is back on the success page and again three days later (Stripe
// retries for up to 3 days, each delivery signed at its own time), and the app restarts between the
// checkout and the payment (nothing the completion needs may live in the process's memory).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { addLine } from "@/lib/cart/change-lines";
import { createEmbeddedClient, createServerClient, type Db } from "@/lib/database/create-client";
import { installTestDb, setupTestDatabase } from "@/testing/setup-test-database";
import { checkoutSessionEvent, type EventOrder } from "@/testing/stripe-events";
import { startStripeStandIn, type StandIn } from "@/testing/stripe-stand-in";

// The success page reads the order per request (connection()); outside a request there is nothing to wait for.
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));

const SECRET = "whsec_test_secret_for_payment_fault_tests";
const signer = new Stripe("sk_test_signer");
const database = setupTestDatabase();
let stripe: StandIn;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  stripe = await startStripeStandIn();
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
});
afterAll(() => stripe?.close());
afterEach(() => {
  vi.useRealTimers();
  installTestDb(database.db);
});

const STRIPE_ENV = () => ({ STRIPE_WEBHOOK_SECRET: SECRET, STRIPE_SECRET_KEY: "sk_test_standin", STRIPE_API_BASE: stripe.url });
const TEST_PAYMENTS_ENV = { STRIPE_WEBHOOK_SECRET: SECRET, STRIPE_SECRET_KEY: "", STRIPE_API_BASE: "" };

/**
 * One process of the store: fresh module instances (env, secrets, caches) with `db` as the process's
 * database client. What a restart keeps is only what is outside the process.
 */
async function bootProcess(db: Db, vars: Record<string, string>) {
  vi.resetModules();
  Object.assign(process.env, vars);
  installTestDb(db);
  return {
    startCheckout: (await import("@/lib/orders/start-checkout")).startCheckout,
    paymentProvider: (await import("@/lib/payments/provider")).paymentProvider,
    POST: (await import("./route")).POST,
    payTestOrderAction: (await import("@/app/checkout/test-payment/actions")).payTestOrderAction,
    orderFromLink: (await import("@/app/checkout/order-from-link")).orderFromLink,
  };
}
type Process = Awaited<ReturnType<typeof bootProcess>>;

function signedDelivery(POST: Process["POST"], event: object, timestamp = Math.floor(Date.now() / 1000), signature?: string) {
  const payload = JSON.stringify(event);
  const header = signature ?? signer.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp });
  return POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { "content-type": "application/json", "stripe-signature": header }, body: payload }));
}

const completedEvent = (order: EventOrder, eventId: string) => checkoutSessionEvent("checkout.session.completed", order, { eventId });

async function checkoutCart(db: Db, app: Process, slug: string, quantity: number, email: string, code?: string) {
  await db.order.updateMany({ where: { status: "PENDING" }, data: { status: "CANCELLED", stockReleasedAt: new Date() } });
  await db.couponRedemption.updateMany({ where: { status: "HELD" }, data: { status: "RELEASED" } });
  const product = await db.product.update({ where: { slug }, data: { stock: 20, reserved: 0 } });
  const cart = await db.cart.create({ data: { couponCode: code } });
  expect(await addLine(cart.id, product.id, quantity)).toEqual({ ok: true });
  const started = await app.startCheckout(cart.id, { email }, app.paymentProvider());
  if (!started.ok) throw new Error(JSON.stringify(started));
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  return { order, cartId: cart.id, productId: product.id, redirectUrl: started.redirectUrl };
}

/** The signed `?order=` link Stripe sends the shopper back with, as recorded by the stand-in. */
function successLinkToken(orderId: string): string {
  const session = stripe.requests.find((r) => r.path === "/v1/checkout/sessions" && r.body["metadata[orderId]"] === orderId)!;
  return new URL(session.body.success_url).searchParams.get("order")!;
}

async function receiptsFor(orderNumber: string): Promise<number> {
  const outbox = path.resolve(process.env.DATA_DIR ?? ".data", "mail");
  const names = await readdir(outbox).catch(() => [] as string[]);
  const texts = await Promise.all(names.map((name) => readFile(path.join(outbox, name), "utf8")));
  return texts.filter((text) => text.includes(orderNumber)).length;
}

async function effects(db: Db, orderId: string, productId: string) {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { redemption: true } });
  return {
    status: order.status,
    paidAt: order.paidAt,
    product: await db.product.findUniqueOrThrow({ where: { id: productId }, select: { stock: true, reserved: true } }),
    sales: await db.inventoryMovement.findMany({ where: { orderId, reason: "SALE" }, select: { delta: true } }),
    redemption: order.redemption?.status ?? null,
    redemptions: await db.couponRedemption.count({ where: { orderId } }),
    processedEvents: await db.processedEvent.count({ where: { orderId } }),
    receipts: await receiptsFor(order.number),
  };
}

describe("a payment event before the shopper is back, and again 3 days later", () => {
  it("applies once: one sale, one redemption, one receipt, PAID; the success page shows it paid whenever it is visited; the late delivery is acknowledged as a duplicate", async () => {
    const app = await bootProcess(database.db, STRIPE_ENV());
    const { order, productId, cartId } = await checkoutCart(database.db, app, "ultragun", 2, "early-and-late@example.com", "FLASHSALE");
    const link = { order: successLinkToken(order.id) };
    // Visited before the event: "Confirming your payment…", and the page refreshes itself while PENDING.
    expect((await app.orderFromLink(Promise.resolve(link), "view"))?.status).toBe("PENDING");

    const event = completedEvent(order, `evt_early_${order.id}`);
    const first = await signedDelivery(app.POST, event);
    expect(await first.json()).toEqual({ received: true, outcome: "paid" });
    const once = await effects(database.db, order.id, productId);
    expect(once).toMatchObject({
      status: "PAID",
      product: { stock: 18, reserved: 0 },
      sales: [{ delta: -2 }],
      redemption: "REDEEMED",
      redemptions: 1,
      processedEvents: 1,
      receipts: 1,
    });
    expect(await database.db.cartLine.count({ where: { cartId } })).toBe(0);
    expect((await app.orderFromLink(Promise.resolve(link), "view"))?.status).toBe("PAID"); // the shopper arrives after the event

    // Three days later Stripe delivers it again. Its signature is made at delivery time: the first
    // delivery's signature has long expired (300 s) and would be refused.
    const sentAt = Math.floor(Date.now() / 1000);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3 * DAY });
    const replayedOldSignature = await signedDelivery(app.POST, event, sentAt);
    expect(replayedOldSignature.status).toBe(400);
    const late = await signedDelivery(app.POST, event);
    expect(late.status).toBe(200);
    expect(await late.json()).toEqual({ received: true, outcome: "duplicate" });
    expect(await effects(database.db, order.id, productId)).toEqual(once);
    expect((await app.orderFromLink(Promise.resolve(link), "view"))?.status).toBe("PAID"); // the page visited days later
  });
});

describe("the app restarts between checkout and payment", () => {
  const onServer = Boolean(process.env.TEST_DATABASE_URL);
  let dir: string | undefined;

  /**
   * A database client for one process, closed at its "shutdown". On the server: a new client and pool on
   * the same database. Embedded: PGlite on a folder, closed and opened again, as `npm start` uses it.
   */
  async function openDatabase(): Promise<{ db: Db; close(): Promise<void> }> {
    if (onServer) {
      const db = createServerClient(database.current.url!, { poolSize: 2 });
      return { db, close: () => db.$disconnect() };
    }
    const fresh = !dir;
    dir ??= await mkdtemp(path.join(tmpdir(), "ultracare-restart-"));
    const { db, pglite } = createEmbeddedClient({ dir });
    if (fresh) await seed(db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
    return {
      db,
      async close() {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("a Stripe payment: the event after the restart completes the order (PAID, stock sold, receipt sent)", async () => {
    const before = await openDatabase();
    const first = await bootProcess(before.db, STRIPE_ENV());
    const { order, productId } = await checkoutCart(before.db, first, "us111", 1, "restart-stripe@example.com");
    await before.close();

    const after = await openDatabase();
    const second = await bootProcess(after.db, STRIPE_ENV());
    const response = await signedDelivery(second.POST, completedEvent(order, `evt_restart_${order.id}`));
    expect(await response.json()).toEqual({ received: true, outcome: "paid" });
    expect(await effects(after.db, order.id, productId)).toMatchObject({ status: "PAID", product: { stock: 19, reserved: 0 }, sales: [{ delta: -1 }], receipts: 1 });
    expect((await second.orderFromLink(Promise.resolve({ order: successLinkToken(order.id) }), "view"))?.status).toBe("PAID");
    await after.close();
  });

  it("a test payment: the signed payment link from before the restart still pays the order", async () => {
    const before = await openDatabase();
    const first = await bootProcess(before.db, TEST_PAYMENTS_ENV);
    const { order, productId, redirectUrl } = await checkoutCart(before.db, first, "ultragun-pro", 1, "restart-test@example.com");
    expect(order.provider).toBe("TEST");
    await before.close();

    const after = await openDatabase();
    const second = await bootProcess(after.db, TEST_PAYMENTS_ENV);
    const token = new URL(redirectUrl).searchParams.get("order")!;
    const form = new FormData();
    form.append("order", token);
    const outcome = await second.payTestOrderAction(undefined, form).catch((error: { digest?: string }) => error.digest);
    // On to the confirmation, with the order's viewing link (the paying link expires with the hold).
    const success = new URL(String(outcome).split(";")[2], "http://localhost");
    expect(success.pathname).toBe("/checkout/success");
    const { verifyOrderToken } = await import("@/lib/orders/order-link");
    const { authSecret } = await import("@/lib/auth/secret");
    expect(verifyOrderToken(success.searchParams.get("order")!, "view", authSecret())).toBe(order.id);
    expect(await effects(after.db, order.id, productId)).toMatchObject({ status: "PAID", product: { stock: 19, reserved: 0 }, sales: [{ delta: -1 }], receipts: 1 });
    await after.close();
  });
});
