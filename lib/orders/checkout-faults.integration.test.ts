// Issue #8's faults at checkout, caused for real where this machine can: the database connection dies
// in the middle of the checkout's transaction (killed by pg_terminate_backend on the PostgreSQL server),
// the database is unreachable when the shopper presses "Check out", and Stripe answers 500 or never
// answers when the session is created. What the shopper sees, what the store holds, and what a retry does.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { authSecret } from "../auth/secret";
import { addLine } from "../cart/change-lines";
import { signCartId } from "../cart/cart-cookie";
import { createServerClient, type Db } from "../database/create-client";
import { createStripeClient, StripeProvider, STRIPE_MAX_NETWORK_RETRIES, STRIPE_TIMEOUT_MS } from "../payments/stripe";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { installTestDb, setupTestDatabase } from "@/testing/setup-test-database";
import { startStripeStandIn, type StandIn } from "@/testing/stripe-stand-in";
import { handlePaymentNotice } from "./handle-payment-notice";
import { startCheckout } from "./start-checkout";

// The action reads the guest cart's cookie: a cookie jar holding this test's cart (Next's own is per request).
const cookieJar = vi.hoisted(() => ({ value: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "uc_cart" && cookieJar.value ? { name, value: cookieJar.value } : undefined),
    has: (name: string) => name === "uc_cart" && Boolean(cookieJar.value),
    set: () => {},
    delete: () => {},
  }),
  headers: async () => new Headers(),
}));
// The server stamps each connection's address (lib/http/peer-address.ts); here there is no server.
vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => "203.0.113.20" }));
const { checkoutAction } = await import("@/app/cart/actions");

const onServer = Boolean(process.env.TEST_DATABASE_URL);
const database = setupTestDatabase();
let stripe: StandIn;
let provider: StripeProvider;
/** A client that gives up after 300 ms, so a hanging Stripe costs the suite little. */
let quickProvider: StripeProvider;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  for (const p of await database.db.product.findMany()) ids[p.slug] = p.id;
  stripe = await startStripeStandIn();
  provider = new StripeProvider(createStripeClient("sk_test_standin", stripe.url));
  quickProvider = new StripeProvider(createStripeClient("sk_test_standin", stripe.url, { timeoutMs: 300 }));
});
afterAll(() => stripe?.close());
afterEach(() => {
  installTestDb(database.db);
  stopActing();
  cookieJar.value = undefined;
});


async function cartWith(lines: [string, number][], code?: string, userId?: string) {
  const cart = await database.db.cart.create({ data: { couponCode: code, userId } });
  for (const [slug, quantity] of lines) expect(await addLine(cart.id, ids[slug], quantity)).toEqual({ ok: true });
  return cart.id;
}

async function setStock(slug: string, stock: number) {
  await database.db.order.updateMany({ where: { status: "PENDING" }, data: { status: "CANCELLED", stockReleasedAt: new Date() } });
  await database.db.couponRedemption.updateMany({ where: { status: "HELD" }, data: { status: "RELEASED" } });
  await database.db.product.update({ where: { slug }, data: { stock, reserved: 0 } });
}

/** Everything a half-done checkout could leave behind, to compare before and after. */
async function storeState() {
  const db = database.db;
  return {
    orders: await db.order.count(),
    orderLines: await db.orderLine.count(),
    orderEvents: await db.orderEvent.count(),
    redemptions: await db.couponRedemption.count(),
    held: await db.couponRedemption.count({ where: { status: "HELD" } }),
    products: await db.product.findMany({ select: { slug: true, stock: true, reserved: true }, orderBy: { slug: "asc" } }),
  };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** Runs the checkout button's server action; a redirect (success) comes back as its target URL. */
async function pressCheckout(email: string): Promise<{ redirectedTo: string } | { ok: boolean; code?: string; formError?: string }> {
  try {
    return await checkoutAction(undefined, form({ email }));
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { redirectedTo: digest.split(";")[2] };
    throw error;
  }
}

/**
 * The app's client, except that inside a transaction the statement matching `at` fails as a dropped
 * connection does. A simulation (PGlite has no connection to kill): the transaction's callback fails
 * mid-way and the transaction is rolled back; the real kill is in the PostgreSQL-only tests below.
 */
function connectionLostAt(real: Db, at: RegExp): Db {
  const lost = () => Object.assign(new Error("Connection terminated unexpectedly (simulated)"), { code: "57P01" });
  const wrapTx = (tx: object) =>
    new Proxy(tx, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (property === "$executeRaw" || property === "$queryRaw") {
          return (strings: TemplateStringsArray, ...values: unknown[]) => {
            if (at.test(strings.join("?"))) throw lost();
            return value.call(target, strings, ...values);
          };
        }
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(real, {
    get(target, property) {
      if (property === "$transaction") {
        return (work: (tx: object) => Promise<unknown>, options: unknown) =>
          (target.$transaction as (w: (tx: object) => Promise<unknown>, o: unknown) => Promise<unknown>)((tx) => work(wrapTx(tx)), options);
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("the database fails during checkout", () => {
  it("a connection lost after the order row is written (simulated) leaves no order, stock or code held; the shopper is asked to try again and the retry succeeds", async () => {
    await setStock("ultragun", 10);
    const cart = await cartWith([["ultragun", 2]], "FLASHSALE");
    const before = await storeState();
    installTestDb(connectionLostAt(database.db, /INSERT INTO "coupon_redemptions"/));
    const failed = await startCheckout(cart, { email: "dropped@example.com" }, provider);
    expect(failed).toEqual({ ok: false, code: "STORE_UNAVAILABLE" });
    installTestDb(database.db);
    expect(await storeState()).toEqual(before);
    expect(stripe.requests.filter((r) => r.body["metadata[orderId]"])).toHaveLength(0); // nobody was sent to pay

    const retry = await startCheckout(cart, { email: "dropped@example.com" }, provider);
    expect(retry.ok).toBe(true);
    expect(await database.db.order.count({ where: { cartId: cart } })).toBe(1);
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(2);
    expect(await database.db.couponRedemption.count({ where: { order: { cartId: cart }, status: "HELD" } })).toBe(1);
  });

  it("the database fails just after Stripe opened the page: the shopper is still sent to pay, and the payment completes the order", async () => {
    await setStock("ultragun", 10);
    const cart = await cartWith([["ultragun", 1]]);
    installTestDb(
      new Proxy(database.db, {
        get(target, property) {
          const value = Reflect.get(target, property, target);
          if (property !== "order") return typeof value === "function" ? value.bind(target) : value;
          return new Proxy(value, {
            get: (delegate, name) =>
              name === "update" ? () => Promise.reject(new Error("Connection terminated unexpectedly (simulated)")) : Reflect.get(delegate, name, delegate),
          });
        },
      }),
    );
    const started = await startCheckout(cart, { email: "after-page@example.com" }, provider);
    installTestDb(database.db);
    if (!started.ok) throw new Error(JSON.stringify(started));
    expect(started.redirectUrl).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    const order = await database.db.order.findUniqueOrThrow({ where: { id: started.orderId } });
    expect(order).toMatchObject({ status: "PENDING", providerSessionId: null });
    const sessionId = started.redirectUrl.split("/").at(-1)!;
    const paid = { kind: "paid" as const, eventId: `evt_after_page_${order.id}`, eventType: "checkout.session.completed", orderId: order.id, sessionId, paymentId: "pi_after_page", amountTotal: order.totalCents, amountTax: null, currency: "usd", shippingName: null, shippingAddress: null };
    expect(await handlePaymentNotice(paid, provider)).toBe("paid");
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID", providerSessionId: sessionId });
  });

  it("an unreachable database when the shopper presses Check out gives a try-again message, not an error page; once it is back, checkout goes through", async () => {
    await setStock("ultragun", 10);
    const cart = await cartWith([["ultragun", 1]]);
    cookieJar.value = signCartId(cart, authSecret());
    actAs(null);
    const unreachable = createServerClient("postgresql://postgres@127.0.0.1:1/nowhere", { poolSize: 1 });
    installTestDb(unreachable);
    const answer = await pressCheckout("down@example.com");
    expect(answer).toEqual({ ok: false, code: "STORE_UNAVAILABLE", formError: expect.stringMatching(/Nothing was charged.*try again/) });
    await unreachable.$disconnect().catch(() => {});

    installTestDb(database.db);
    expect(await database.db.order.count({ where: { cartId: cart } })).toBe(0);
    const back = await pressCheckout("down@example.com");
    expect(back).toEqual({ redirectedTo: expect.stringContaining("/checkout/test-payment?order=") });
    expect(await database.db.order.count({ where: { cartId: cart, status: "PENDING" } })).toBe(1);
  });

  describe.runIf(onServer)("on the PostgreSQL server: the checkout's connection is killed mid-transaction", () => {
    let admin: pg.Client;
    let locker: pg.Client;
    beforeAll(async () => {
      admin = new pg.Client({ connectionString: database.current.url });
      locker = new pg.Client({ connectionString: database.current.url });
      await Promise.all([admin.connect(), locker.connect()]);
    });
    afterAll(async () => {
      await Promise.all([admin?.end(), locker?.end()]);
    });

    /** The checkout's backend once it waits on the lock `locker` holds: then its transaction is under way. */
    async function blockedBackend(): Promise<number> {
      for (let i = 0; i < 200; i++) {
        const { rows } = await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
          [(locker as unknown as { processID: number }).processID],
        );
        if (rows.length === 1) return rows[0].pid;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error("the checkout never waited on the lock");
    }

    async function killMidCheckout(lockSql: string, lockParams: unknown[], email: string) {
      await locker.query("BEGIN");
      await locker.query(lockSql, lockParams);
      const pressed = pressCheckout(email);
      const pid = await blockedBackend();
      const { rows } = await admin.query<{ killed: boolean }>("SELECT pg_terminate_backend($1) AS killed", [pid]);
      expect(rows[0].killed).toBe(true);
      const answer = await pressed;
      await locker.query("ROLLBACK");
      return answer;
    }

    it("killed while waiting to reserve the second line (the first reserved, the code's row locked): nothing held, a try-again message, then the retry succeeds", async () => {
      await setStock("ultragun", 10);
      await setStock("us111", 10);
      const cart = await cartWith([["ultragun", 1], ["us111", 1]], "FLASHSALE");
      cookieJar.value = signCartId(cart, authSecret());
      actAs(null);
      const [second] = [ids.ultragun, ids.us111].sort().slice(1);
      const before = await storeState();
      const answer = await killMidCheckout(`SELECT 1 FROM products WHERE id = $1 FOR UPDATE`, [second], "killed@example.com");
      expect(answer).toEqual({ ok: false, code: "STORE_UNAVAILABLE", formError: expect.stringMatching(/try again/) });
      expect(await storeState()).toEqual(before);

      expect(await pressCheckout("killed@example.com")).toEqual({ redirectedTo: expect.stringContaining("/checkout/test-payment?order=") });
      const after = await storeState();
      expect(after.orders).toBe(before.orders + 1);
      expect(after.held).toBe(before.held + 1);
      expect(after.products.filter((p) => p.reserved > 0).map((p) => p.slug).sort()).toEqual(["ultragun", "us111"]);
    });

    it("killed while the order row is being written (after every reservation): no order, no stock or code held, then the retry succeeds", async () => {
      await setStock("ultragun-pro", 10);
      const user = await createUser(database.db, "CUSTOMER");
      const cart = await cartWith([["ultragun-pro", 3]], "FLASHSALE", user.id);
      actAs(user.id);
      const before = await storeState();
      // The order's foreign key to the account waits for this lock, inside the order INSERT.
      const answer = await killMidCheckout(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [user.id], user.email);
      expect(answer).toEqual({ ok: false, code: "STORE_UNAVAILABLE", formError: expect.stringMatching(/try again/) });
      expect(await storeState()).toEqual(before);

      expect(await pressCheckout(user.email)).toEqual({ redirectedTo: expect.stringContaining("/checkout/test-payment?order=") });
      expect(await database.db.order.count({ where: { cartId: cart } })).toBe(1);
      expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun-pro" } })).reserved).toBe(3);
    });
  });
});

describe("Stripe fails when the payment page is opened", () => {
  const sessionRequests = () => stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");

  async function oneOrderFor(cart: string) {
    const orders = await database.db.order.findMany({ where: { cartId: cart }, include: { redemption: true, lines: true } });
    expect(orders).toHaveLength(1);
    return orders[0];
  }

  it("answers 500: stock and code given back and a try-again message; the retry takes up the same order (stock and code held once) under a new key", async () => {
    await setStock("ultragun", 10);
    const cart = await cartWith([["ultragun", 2]], "FLASHSALE");
    stripe.requests.length = 0;
    stripe.failNext("/v1/checkout/sessions", 500, 1 + STRIPE_MAX_NETWORK_RETRIES);
    const failed = await startCheckout(cart, { email: "five-hundred@example.com" }, provider);
    expect(failed).toEqual({ ok: false, code: "PAYMENT_UNAVAILABLE" });
    const released = await oneOrderFor(cart);
    expect(released).toMatchObject({ status: "EXPIRED", cancelReason: "session_failed" });
    expect(released.redemption).toMatchObject({ status: "RELEASED" });
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(0);

    const retry = await startCheckout(cart, { email: "five-hundred@example.com" }, provider);
    expect(retry).toMatchObject({ ok: true, orderId: released.id });
    const order = await oneOrderFor(cart);
    expect(order).toMatchObject({ status: "PENDING", number: released.number, cancelReason: null, stockReleasedAt: null, providerSessionId: expect.stringMatching(/^cs_test_/) });
    expect(order.redemption).toMatchObject({ status: "HELD" });
    expect(await database.db.couponRedemption.count({ where: { order: { cartId: cart } } })).toBe(1);
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(2);
    // Stripe keeps a 500 it began executing and replays it to the same key for 24 hours: the first try's
    // requests share one key (the SDK's own retry), the shopper's retry sends another.
    const keys = sessionRequests().map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(2 + STRIPE_MAX_NETWORK_RETRIES);
    expect(new Set(keys.slice(0, -1)).size).toBe(1);
    expect(keys.at(-1)).not.toBe(keys[0]);
    expect(keys.every((k) => k?.startsWith(`checkout-session:${order.id}:`))).toBe(true);
  });

  it("a 500 that Stripe keeps and replays for its key does not lock the shopper out: the retry opens the page", async () => {
    await setStock("ultragun", 10);
    const cart = await cartWith([["ultragun", 1]]);
    stripe.failNext("/v1/checkout/sessions", 500, 1, { saved: true });
    expect(await startCheckout(cart, { email: "replayed@example.com" }, provider)).toEqual({ ok: false, code: "PAYMENT_UNAVAILABLE" });
    expect(await startCheckout(cart, { email: "replayed@example.com" }, provider)).toMatchObject({ ok: true });
    expect((await oneOrderFor(cart)).status).toBe("PENDING");
  });

  it("never answers: the shopper hears back within the client's timeout, and the retry sends the identical request under the same key", async () => {
    await setStock("us111", 5);
    const cart = await cartWith([["us111", 1]], "FLASHSALE");
    stripe.requests.length = 0;
    stripe.failNext("/v1/checkout/sessions", "hang", 1 + STRIPE_MAX_NETWORK_RETRIES);
    const started = Date.now();
    const failed = await startCheckout(cart, { email: "hang@example.com" }, quickProvider);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(failed).toEqual({ ok: false, code: "PAYMENT_UNAVAILABLE" });
    expect(await oneOrderFor(cart)).toMatchObject({ status: "EXPIRED", cancelReason: "session_unconfirmed" });
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "us111" } })).reserved).toBe(0); // others may buy meanwhile

    const retry = await startCheckout(cart, { email: "hang@example.com" }, quickProvider);
    expect(retry.ok).toBe(true);
    const order = await oneOrderFor(cart);
    expect(order.status).toBe("PENDING");
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "us111" } })).reserved).toBe(1);
    expect(await database.db.couponRedemption.count({ where: { order: { cartId: cart }, status: "HELD" } })).toBe(1);
    const requests = sessionRequests();
    expect(requests).toHaveLength(2 + STRIPE_MAX_NETWORK_RETRIES);
    expect(new Set(requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(new Set(requests.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const coupons = stripe.requests.filter((r) => r.path === "/v1/coupons");
    expect(new Set(coupons.map((r) => r.idempotencyKey)).size).toBe(1);
  });

  it("made the session but the answer was lost: the retry gets that same session back, not a second one", async () => {
    await setStock("ultragun-pro", 5);
    const cart = await cartWith([["ultragun-pro", 1]]);
    stripe.created.length = 0;
    stripe.failNext("/v1/checkout/sessions", "hang-after-create", 1 + STRIPE_MAX_NETWORK_RETRIES);
    expect(await startCheckout(cart, { email: "lost-answer@example.com" }, quickProvider)).toEqual({ ok: false, code: "PAYMENT_UNAVAILABLE" });
    const retry = await startCheckout(cart, { email: "lost-answer@example.com" }, quickProvider);
    expect(retry.ok).toBe(true);
    const sessions = stripe.created.filter((c) => c.path === "/v1/checkout/sessions");
    expect(sessions).toHaveLength(1);
    expect((await oneOrderFor(cart)).providerSessionId).toBe(sessions[0].id);
  });

  it("a retry later than two minutes starts a new hold: a new request under a new key (Stripe would refuse the old expiry), still one order", async () => {
    await setStock("ultragun-pro", 5);
    const cart = await cartWith([["ultragun-pro", 2]]);
    stripe.created.length = 0;
    stripe.requests.length = 0;
    const first = new Date();
    stripe.failNext("/v1/checkout/sessions", "hang-after-create", 1 + STRIPE_MAX_NETWORK_RETRIES);
    await startCheckout(cart, { email: "later@example.com" }, quickProvider, first);
    const later = new Date(first.getTime() + 5 * 60_000);
    const retry = await startCheckout(cart, { email: "later@example.com" }, quickProvider, later);
    expect(retry.ok).toBe(true);
    const order = await oneOrderFor(cart);
    expect(order.holdExpiresAt.getTime()).toBe(later.getTime() + 30 * 60_000);
    const [firstTry, lastTry] = [sessionRequests()[0], sessionRequests().at(-1)!];
    expect(lastTry.idempotencyKey).not.toBe(firstTry.idempotencyKey);
    expect(Number(lastTry.body.expires_at)).toBeGreaterThanOrEqual(Math.ceil(later.getTime() / 1000) + 30 * 60);

    // The session made during the first try (its answer lost) expires later: it must not release the
    // order the shopper is now paying through the second session.
    const orphan = stripe.created.find((c) => c.path === "/v1/checkout/sessions" && c.id !== order.providerSessionId)!;
    const outcome = await handlePaymentNotice({ kind: "expired", eventId: `evt_orphan_${order.id}`, eventType: "checkout.session.expired", orderId: order.id, sessionId: orphan.id }, quickProvider, later);
    expect(outcome).toBe("nothing_to_release");
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PENDING", stockReleasedAt: null });
    // Its own session's expiry still releases it.
    const own = await handlePaymentNotice({ kind: "expired", eventId: `evt_own_${order.id}`, eventType: "checkout.session.expired", orderId: order.id, sessionId: order.providerSessionId! }, quickProvider, later);
    expect(own).toBe("released");
  });

  it("a cart changed between the failed try and the retry gets a new order with the new contents; the old one keeps its own", async () => {
    await setStock("ultragun", 10);
    const cart = await cartWith([["ultragun", 1]]);
    stripe.failNext("/v1/checkout/sessions", 500, 1 + STRIPE_MAX_NETWORK_RETRIES);
    await startCheckout(cart, { email: "changed@example.com" }, provider);
    expect(await addLine(cart, ids.ultragun, 2)).toEqual({ ok: true }); // now 3
    stripe.requests.length = 0;
    const retry = await startCheckout(cart, { email: "changed@example.com" }, provider);
    if (!retry.ok) throw new Error(JSON.stringify(retry));
    const orders = await database.db.order.findMany({ where: { cartId: cart }, include: { lines: true }, orderBy: { createdAt: "asc" } });
    expect(orders.map((o) => [o.status, o.lines[0].quantity])).toEqual([
      ["EXPIRED", 1],
      ["PENDING", 3],
    ]);
    expect(retry.orderId).toBe(orders[1].id);
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved).toBe(3);
    const session = sessionRequests()[0];
    expect(session.body["line_items[0][quantity]"]).toBe("3");
    expect(session.body["metadata[orderId]"]).toBe(orders[1].id);
  });

  it("with the shipped client settings, a Stripe that never answers gives the shopper a try-again message within 20 seconds", async () => {
    expect(STRIPE_TIMEOUT_MS * (1 + STRIPE_MAX_NETWORK_RETRIES)).toBeLessThanOrEqual(20_000);
    await setStock("ultragun", 10);
    const cart = await cartWith([["ultragun", 1]]);
    stripe.failNext("/v1/checkout/sessions", "hang", 1 + STRIPE_MAX_NETWORK_RETRIES);
    const started = Date.now();
    expect(await startCheckout(cart, { email: "slow@example.com" }, provider)).toEqual({ ok: false, code: "PAYMENT_UNAVAILABLE" });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 40_000);
});
