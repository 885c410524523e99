// The "View your order" link in the confirmation and shipped e-mails, read from the outbox as the guest
// would: absolute on APP_URL, opens the order (with its progress and tracking) without an account, and a
// tampered, expired or payment-only token opens nothing.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { orderFromLink } from "@/app/checkout/order-from-link";
import { mailsTo } from "@/testing/outbox";
import { createUser } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { shipOrder } from "../admin/orders/ship-order";
import { authSecret } from "../auth/secret";
import { addLine } from "../cart/change-lines";
import { dataPath, env } from "../env";
import { applyPayment } from "./apply-payment";
import { sendOrderConfirmation } from "./confirmation-mail";
import { createOrderFromCart } from "./create-order";
import { ORDER_VIEW_LINK_MS, orderToken } from "./order-link";

// The page reads the order per request; outside a request there is nothing to opt out of.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));

const database = setupTestDatabase();
const now = new Date();
let staffId: string;

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", now, log: () => {} });
  staffId = (await createUser(database.db, "SUPPORT")).id;
});
afterEach(() => vi.useRealTimers());

async function paidGuestOrder(email: string) {
  const { id: productId } = await database.db.product.findUniqueOrThrow({ where: { slug: "us111" } });
  const cart = await database.db.cart.create({ data: {} });
  expect(await addLine(cart.id, productId, 1)).toEqual({ ok: true });
  const created = await createOrderFromCart(cart.id, { email }, "STRIPE", now);
  if (!created.ok) throw new Error(JSON.stringify(created));
  const order = created.order;
  expect(await applyPayment({ eventId: `evt_${order.id}`, eventType: "checkout.session.completed", provider: "STRIPE", orderId: order.id, paymentId: `pi_${order.id}` }, now)).toBe("paid");
  return order;
}

/** The "View your order" links in the mails to this address whose subject line names this text, newest last. */
async function viewLinks(email: string, subject: string): Promise<string[]> {
  const mails = (await mailsTo(dataPath("mail"), email)).filter((mail) => mail.includes(subject));
  return mails.flatMap((mail) => mail.match(/View your order[^\n]*?(https?:\/\/\S+)/)?.[1] ?? []);
}

const open = (token: string | undefined) => orderFromLink(Promise.resolve({ order: token }), "view");
const tokenOf = (link: string) => new URL(link).searchParams.get("order") ?? undefined;

describe("the order link in the e-mails", () => {
  it("lets a guest open their order from the confirmation and, after shipping, follow the parcel", async () => {
    const email = `guest-link-${Date.now()}@example.com`;
    const order = await paidGuestOrder(email);
    await sendOrderConfirmation(order.id);

    const [confirmation] = await viewLinks(email, `order ${order.number}`);
    expect(confirmation).toBeDefined();
    expect(new URL(confirmation).origin).toBe(new URL(env().APP_URL).origin);
    expect(new URL(confirmation).pathname).toBe("/orders/view");
    const seen = await open(tokenOf(confirmation));
    expect(seen).toMatchObject({ number: order.number, status: "PAID" });
    expect(seen!.steps.map((s) => s.key)).toEqual(["placed", "paid"]);

    expect(await shipOrder({ orderId: order.id, carrier: "UPS", trackingNumber: "1Z999AA10123456784", actorId: staffId }, now)).toMatchObject({ ok: true, mailed: true });
    const [shipped] = await viewLinks(email, `Order ${order.number} has shipped`);
    expect(shipped).toBeDefined();
    expect(new URL(shipped).origin).toBe(new URL(env().APP_URL).origin);
    const after = await open(tokenOf(shipped));
    expect(after).toMatchObject({ status: "FULFILLED", carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    expect(after!.steps.map((s) => s.key)).toEqual(["placed", "paid", "shipped"]);
  });

  it("refuses a tampered, another order's altered, payment-only or expired token", async () => {
    const email = `guest-refused-${Date.now()}@example.com`;
    const order = await paidGuestOrder(email);
    await sendOrderConfirmation(order.id);
    const token = tokenOf((await viewLinks(email, `order ${order.number}`))[0])!;
    expect(await open(token)).not.toBeNull();

    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(await open(flipped)).toBeNull();
    expect(await open(token.replace(order.id, `${order.id}x`))).toBeNull();
    expect(await open(orderToken(order.id, "pay", order.holdExpiresAt, authSecret()))).toBeNull();
    expect(await open(orderToken(order.id, "view", order.holdExpiresAt, "another-secret-that-is-long-enough-000"))).toBeNull();
    expect(await open(undefined)).toBeNull();

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(order.holdExpiresAt.getTime() + ORDER_VIEW_LINK_MS + 60_000));
    expect(await open(token)).toBeNull();
  });
});
