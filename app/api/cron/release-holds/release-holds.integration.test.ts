// GET /api/cron/release-holds as a scheduler calls it, against a real database with a checkout whose hold
// lapsed an hour ago and nobody has checked out since.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/prisma/seed/seed";
import { addLine } from "@/lib/cart/change-lines";
import { createOrderFromCart } from "@/lib/orders/create-order";
import { dataPath } from "@/lib/env";
import { latestLink } from "@/testing/outbox";
import { setupTestDatabase } from "@/testing/setup-test-database";

// connection() only marks the handler as per-request for Next; outside a request it throws.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));

const database = setupTestDatabase();
const SECRET = "scheduler-token-for-tests-0123456789abcdef";
const saved = process.env.CRON_SECRET;

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
});
afterEach(() => {
  if (saved === undefined) delete process.env.CRON_SECRET;
  else process.env.CRON_SECRET = saved;
});

/** The route as a process started with `cronSecret` would load it (lib/env reads the environment once). */
async function route(cronSecret: string | undefined) {
  vi.resetModules();
  if (cronSecret === undefined) delete process.env.CRON_SECRET;
  else process.env.CRON_SECRET = cronSecret;
  return import("./route");
}

const call = (GET: (request: Request) => Promise<Response> | Response, authorization?: string) =>
  GET(new Request("http://localhost/api/cron/release-holds", { headers: authorization ? { authorization } : {} }));

/** 2 UltraGuns and FLASHSALE held by a checkout started 90 minutes ago (the hold is 30 minutes). */
async function abandonedCheckout() {
  const product = await database.db.product.update({ where: { slug: "ultragun" }, data: { stock: 10, reserved: 0 } });
  const cart = await database.db.cart.create({ data: { couponCode: "FLASHSALE" } });
  expect(await addLine(cart.id, product.id, 2)).toEqual({ ok: true });
  const created = await createOrderFromCart(cart.id, { email: "walked-away@example.com" }, "TEST", new Date(Date.now() - 90 * 60_000));
  if (!created.ok) throw new Error(created.code);
  expect((await database.db.product.findUniqueOrThrow({ where: { id: product.id } })).reserved).toBe(2);
  return created.order.id;
}

const orderOf = (id: string) => database.db.order.findUniqueOrThrow({ where: { id }, include: { redemption: true } });
const reserved = async () => (await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).reserved;

describe("GET /api/cron/release-holds", () => {
  it("gives a lapsed hold's stock and code back for the scheduler's token, once", async () => {
    const orderId = await abandonedCheckout();
    const { GET } = await route(SECRET);

    const response = await call(GET, `Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ released: 1, refunds: { refunded: 0, stillOwed: 0 }, reviewInvitations: 0, cartsDeleted: 0, rateLimitRowsDeleted: 0 });
    expect(await orderOf(orderId)).toMatchObject({ status: "EXPIRED", cancelReason: "expired", redemption: { status: "RELEASED" } });
    expect(await reserved()).toBe(0);

    expect(await (await call(GET, `Bearer ${SECRET}`)).json()).toEqual({ released: 0, refunds: { refunded: 0, stillOwed: 0 }, reviewInvitations: 0, cartsDeleted: 0, rateLimitRowsDeleted: 0 });
  });

  it("also deletes a cart untouched for 61 days and an ended rate-limit window, and reports how many", async () => {
    const old = await database.db.cart.create({ data: { updatedAt: new Date(Date.now() - 61 * 24 * 60 * 60_000) } });
    const kept = await database.db.cart.create({ data: {} });
    await database.db.rateLimit.create({ data: { key: "cron-test:ended", count: 5, resetAt: new Date(Date.now() - 60_000) } });
    const { GET } = await route(SECRET);

    expect(await (await call(GET, `Bearer ${SECRET}`)).json()).toEqual({ released: 0, refunds: { refunded: 0, stillOwed: 0 }, reviewInvitations: 0, cartsDeleted: 1, rateLimitRowsDeleted: 1 });
    expect(await database.db.cart.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await database.db.cart.findUnique({ where: { id: kept.id } })).not.toBeNull();
    expect(await database.db.rateLimit.findUnique({ where: { key: "cron-test:ended" } })).toBeNull();
  });

  it("mails the review invitation of an order shipped 15 days ago, once, and reports how many", async () => {
    const product = await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } });
    const email = `shipped-${Date.now().toString(36)}@example.com`;
    const order = await database.db.order.create({
      data: {
        number: "UC-CRONREVIEW",
        email,
        status: "FULFILLED",
        subtotalCents: product.priceCents,
        totalCents: product.priceCents,
        provider: "TEST",
        holdExpiresAt: new Date(Date.now() - 16 * 24 * 60 * 60_000),
        fulfilledAt: new Date(Date.now() - 15 * 24 * 60 * 60_000),
        lines: { create: [{ productId: product.id, productName: product.name, sku: product.sku, unitPriceCents: product.priceCents, quantity: 1, totalCents: product.priceCents }] },
      },
    });
    const { GET } = await route(SECRET);
    expect(await (await call(GET, `Bearer ${SECRET}`)).json()).toMatchObject({ reviewInvitations: 1 });
    expect(await (await call(GET, `Bearer ${SECRET}`)).json()).toMatchObject({ reviewInvitations: 0 });
    expect(await latestLink(dataPath("mail"), email, "/reviews/new")).toMatch(/\/reviews\/new\?token=/);
    expect((await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).reviewInvitedAt).not.toBeNull();
  });

  it("refuses a missing or wrong token with 401 and releases nothing", async () => {
    const orderId = await abandonedCheckout();
    const old = await database.db.cart.create({ data: { updatedAt: new Date(Date.now() - 61 * 24 * 60 * 60_000) } });
    const { GET } = await route(SECRET);
    for (const authorization of [undefined, `Bearer ${SECRET}-not`, `Basic ${SECRET}`]) {
      const response = await call(GET, authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
      expect((await response.json()).error).toMatch(/Authorization: Bearer/);
    }
    expect(await orderOf(orderId)).toMatchObject({ status: "PENDING", stockReleasedAt: null });
    expect(await reserved()).toBe(2);
    expect(await database.db.cart.findUnique({ where: { id: old.id } })).not.toBeNull();
  });

  it("is off (404, nothing released) until CRON_SECRET is set", async () => {
    const orderId = await abandonedCheckout();
    const { GET } = await route(undefined);
    const response = await call(GET, "Bearer anything-at-all-0123456789abcdefghij");
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatch(/set CRON_SECRET/);
    expect(await orderOf(orderId)).toMatchObject({ status: "PENDING" });
    expect(await reserved()).toBe(2);
  });

  it("stops the process at start with a message when CRON_SECRET is too short to be a secret", async () => {
    const { parseEnv } = await import("@/lib/env");
    expect(() => parseEnv({ CRON_SECRET: "short" })).toThrow(/CRON_SECRET: must be at least 32 characters/);
  });
});
