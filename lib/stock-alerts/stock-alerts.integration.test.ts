// "E-mail me when it's back" against a real database and the outbox: double opt-in, one e-mail per
// confirmed subscriber however many restocks (at once or later) follow, unsubscribe, refused links and limits.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/testing/act-as";
import { latestLink, mailsTo } from "@/testing/outbox";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { adjustStock } from "../admin/inventory/adjust-stock";
import { listStockLevels } from "../admin/inventory/list-stock-levels";
import { authSecret } from "../auth/secret";
import { dataPath } from "../env";
import { notifyBackInStock } from "../inventory/notify-back-in-stock";
import { createOrderFromCart } from "../orders/create-order";
import { releaseOrder } from "../orders/release-order";
import { startCheckout } from "../orders/start-checkout";
import { TestProvider } from "../payments/test-provider";
import { signId } from "../signing/signed-id";
import { hashConfirmToken } from "./alert-tokens";
import { confirmLinkStatus, confirmStockAlert } from "./confirm-stock-alert";
import { ALERT_ANSWER_FLOOR_MS, requestStockAlert, STOCK_ALERT_LIMITS } from "./request-stock-alert";
import { unsubscribeLinkStatus, unsubscribeStockAlert } from "./unsubscribe-stock-alert";
import { seedZones } from "../../prisma/seed/seed";

const database = setupTestDatabase();
let staffId = "";
let counter = 0;

beforeAll(async () => {
  staffId = (await createUser(database.db, "INVENTORY")).id;
  await seedZones(database.db); // checkouts below need somewhere to ship
});

async function soldOutDevice(stock = 0, reserved = 0) {
  counter++;
  return database.db.product.create({
    data: { slug: `alert-test-${counter}`, sku: `AT-${counter}`, name: `Alert test ${counter}`, tagline: "t", description: "d", priceCents: 10000, stock, reserved, bestFor: "b", severity: "SEVERE" },
  });
}

const address = () => `watcher-${Date.now()}-${++counter}@example.com`;
/** Each call from its own network, so the per-address limit only matters in its own test. */
const ip = () => `198.51.100.${++counter % 250}`;
const mails = (email: string) => mailsTo(dataPath("mail"), email);
const backInStockMails = async (email: string) => (await mails(email)).filter((mail) => mail.includes("Subject: Back in stock"));
const restock = (productId: string, delta: number) => adjustStock({ productId, delta, reason: "RESTOCK", note: null }, staffId);

async function confirmToken(email: string) {
  const link = await latestLink(dataPath("mail"), email, "/stock-alerts/confirm");
  expect(link, `a confirmation link was mailed to ${email}`).not.toBeNull();
  return new URL(link!).searchParams.get("token")!;
}

async function unsubscribeToken(email: string) {
  const [mail] = (await mails(email)).slice(-1);
  const link = mail.match(/https?:\/\/\S+\/stock-alerts\/unsubscribe\?alert=[A-Za-z0-9._%-]+/)?.[0];
  expect(link, `an unsubscribe link was mailed to ${email}`).toBeDefined();
  return new URL(link!).searchParams.get("alert")!;
}

async function subscribeAndConfirm(productId: string, email = address()) {
  expect(await requestStockAlert({ productId, email }, { ip: ip() })).toEqual({ ok: true });
  expect(await confirmStockAlert(await confirmToken(email))).toMatchObject({ ok: true });
  return email;
}

describe("asking for a back-in-stock e-mail", () => {
  it("mails a confirmation with a working unsubscribe link and List-Unsubscribe header, and keeps only the token's hash", async () => {
    const device = await soldOutDevice();
    const email = address();
    expect(await requestStockAlert({ productId: device.id, email }, { ip: ip() })).toEqual({ ok: true });
    const [mail] = await mails(email);
    expect(mail).toContain(`Subject: Confirm your alert for the ${device.name}`);
    expect(mail).toMatch(/List-Unsubscribe:\s+<https?:\/\/\S+\/stock-alerts\/unsubscribe\?alert/);
    const token = await confirmToken(email);
    const row = await database.db.stockAlert.findUniqueOrThrow({ where: { productId_email: { productId: device.id, email } } });
    expect(row).toMatchObject({ status: "PENDING", confirmTokenHash: hashConfirmToken(token) });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await unsubscribeLinkStatus(await unsubscribeToken(email))).toMatchObject({ ok: true, alert: { id: row.id } });
  });

  it("answers the same, after the same minimum time, whether or not the address already waits; a waiting one gets no second mail", async () => {
    const device = await soldOutDevice();
    const email = await subscribeAndConfirm(device.id);
    const started = Date.now();
    expect(await requestStockAlert({ productId: device.id, email }, { ip: ip() })).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(ALERT_ANSWER_FLOOR_MS - 5);
    expect(await mails(email)).toHaveLength(1);
    expect((await database.db.stockAlert.findFirstOrThrow({ where: { email } })).status).toBe("CONFIRMED");
  });

  it("refuses a device that is not on sale", async () => {
    const device = await soldOutDevice();
    await database.db.product.update({ where: { id: device.id }, data: { active: false } });
    expect(await requestStockAlert({ productId: device.id, email: address() }, { ip: ip() })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await requestStockAlert({ productId: "no-such-device", email: address() }, { ip: ip() })).toEqual({ ok: false, code: "NOT_FOUND" });
  });
});

describe("when the device is back", () => {
  it("two restocks at once mail each confirmed subscriber exactly once, the unconfirmed nobody, and a later restock nothing more", async () => {
    const device = await soldOutDevice();
    const confirmed = [await subscribeAndConfirm(device.id), await subscribeAndConfirm(device.id)];
    const unconfirmed = address();
    await requestStockAlert({ productId: device.id, email: unconfirmed }, { ip: ip() });
    expect((await listStockLevels()).find((level) => level.id === device.id)?.waiting).toBe(2);

    const results = await Promise.all([restock(device.id, 2), restock(device.id, 3)]);
    expect(results.every((r) => r.ok)).toBe(true);
    for (const email of confirmed) {
      const sent = await backInStockMails(email);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toContain(`The ${device.name} is back in stock.`);
      expect(sent[0]).toMatch(/List-Unsubscribe:\s+<https?:\/\/\S+\/stock-alerts\/unsubscribe\?alert/);
    }
    expect(await backInStockMails(unconfirmed)).toHaveLength(0);
    expect((await listStockLevels()).find((level) => level.id === device.id)?.waiting).toBe(0);

    await restock(device.id, 4);
    expect(await notifyBackInStock()).toBe(0);
    for (const email of confirmed) expect(await backInStockMails(email)).toHaveLength(1);
  });

  it("two senders at once (two instances) claim different rows: one e-mail per person", async () => {
    const device = await soldOutDevice();
    const emails = [await subscribeAndConfirm(device.id), await subscribeAndConfirm(device.id), await subscribeAndConfirm(device.id)];
    await database.db.product.update({ where: { id: device.id }, data: { stock: 5 } }); // stock written behind the senders' backs
    const sent = await Promise.all([notifyBackInStock(), notifyBackInStock()]);
    expect(sent[0] + sent[1]).toBe(3);
    for (const email of emails) expect(await backInStockMails(email)).toHaveLength(1);
  });

  it("released checkout holds bring the device back and mail the subscriber", async () => {
    const device = await soldOutDevice(1);
    const cart = await database.db.cart.create({ data: { lines: { create: { productId: device.id, quantity: 1 } } } });
    const order = await createOrderFromCart(cart.id, { email: "buyer@example.com" }, "STRIPE");
    if (!order.ok) throw new Error(order.code);
    const email = await subscribeAndConfirm(device.id); // sold out: the one unit is held
    expect(await backInStockMails(email)).toHaveLength(0);
    expect(await releaseOrder(order.order.id, "expired")).toBe(true);
    expect(await backInStockMails(email)).toHaveLength(1);
  });

  it("a checkout that replaces the same cart's bigger one leaves units free: the subscriber is mailed", async () => {
    const device = await soldOutDevice(2);
    const provider = new TestProvider("http://shop.test", (id) => `${id}.sig`);
    const cart = await database.db.cart.create({ data: { lines: { create: { productId: device.id, quantity: 2 } } } });
    expect(await startCheckout(cart.id, { email: "buyer@example.com" }, provider)).toMatchObject({ ok: true });
    const email = await subscribeAndConfirm(device.id); // sold out: both units held
    await database.db.cartLine.updateMany({ where: { cartId: cart.id }, data: { quantity: 1 } });
    expect(await startCheckout(cart.id, { email: "buyer@example.com" }, provider)).toMatchObject({ ok: true });
    expect(await backInStockMails(email)).toHaveLength(1);
  });

  it("confirming while the device is already back mails at once", async () => {
    const device = await soldOutDevice(3);
    const email = await subscribeAndConfirm(device.id);
    expect(await backInStockMails(email)).toHaveLength(1);
    expect(await confirmLinkStatus(await confirmToken(email))).toMatchObject({ ok: true, alert: { status: "SENT" } });
  });
});

describe("the links", () => {
  it("confirming twice is fine; unsubscribing (twice) stops the alert, and its confirmation link then says so", async () => {
    const device = await soldOutDevice();
    const email = address();
    await requestStockAlert({ productId: device.id, email }, { ip: ip() });
    const token = await confirmToken(email);
    expect(await confirmStockAlert(token)).toMatchObject({ ok: true, alert: { status: "CONFIRMED" } });
    expect(await confirmStockAlert(token)).toMatchObject({ ok: true, alert: { status: "CONFIRMED" } });
    const stop = await unsubscribeToken(email);
    expect(await unsubscribeStockAlert(stop)).toMatchObject({ ok: true, alert: { status: "UNSUBSCRIBED" } });
    expect(await unsubscribeStockAlert(stop)).toMatchObject({ ok: true, alert: { status: "UNSUBSCRIBED" } });
    expect(await confirmStockAlert(token)).toEqual({ ok: false, code: "UNSUBSCRIBED" });
    await restock(device.id, 5);
    expect(await backInStockMails(email)).toHaveLength(0);
  });

  it("refuses changed, made-up and expired links without changing anything", async () => {
    const device = await soldOutDevice();
    const email = address();
    const asked = new Date();
    await requestStockAlert({ productId: device.id, email }, { ip: ip(), now: asked });
    const token = await confirmToken(email);
    const changed = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(await confirmStockAlert(changed)).toEqual({ ok: false, code: "TOKEN_UNKNOWN" });
    const weekLater = new Date(asked.getTime() + 8 * 24 * 60 * 60 * 1000);
    expect(await confirmStockAlert(token, weekLater)).toEqual({ ok: false, code: "TOKEN_EXPIRED" });

    const stop = await unsubscribeToken(email);
    const [id, mac] = stop.split(".");
    const otherAlert = (await database.db.stockAlert.findFirstOrThrow({ where: { NOT: { email } } })).id;
    for (const forged of [`${id}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`, `${otherAlert}.${mac}`, signId(id, { purpose: "cart", secret: authSecret() }), id, ""]) {
      expect(await unsubscribeStockAlert(forged), forged).toEqual({ ok: false, code: "TOKEN_UNKNOWN" });
    }
    expect((await database.db.stockAlert.findFirstOrThrow({ where: { email } })).status).toBe("PENDING");
  });
});

describe("limits", () => {
  it("refuses a network past its limit, whatever addresses it names", async () => {
    const device = await soldOutDevice();
    const network = "203.0.113.77";
    for (let i = 0; i < STOCK_ALERT_LIMITS.perAddress.limit; i++) {
      expect(await requestStockAlert({ productId: device.id, email: address() }, { ip: network })).toEqual({ ok: true });
    }
    expect(await requestStockAlert({ productId: device.id, email: address() }, { ip: network })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("past the per-e-mail limit mails nothing more and answers the same; the links already sent still work", async () => {
    const device = await soldOutDevice();
    const email = address();
    for (let i = 0; i < STOCK_ALERT_LIMITS.perEmail.limit + 2; i++) {
      expect(await requestStockAlert({ productId: device.id, email }, { ip: ip() })).toEqual({ ok: true });
    }
    expect(await mails(email)).toHaveLength(STOCK_ALERT_LIMITS.perEmail.limit);
    expect(await confirmStockAlert(await confirmToken(email))).toMatchObject({ ok: true });
  });
});
