// Returns against a real database: what a shopper may ask for (and what an attacker may not), the window,
// staff approving, declining and receiving, the RETURN movements, the refund amount, the e-mails at each step,
// and two staff members pressing the same button at once.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { dataPath } from "../env";
import { createUser } from "@/testing/act-as";
import { mailsTo } from "@/testing/outbox";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { shippedOrder } from "@/testing/shipped-order";
import { decideReturn } from "./decide-return";
import { getOrderReturns } from "./get-order-returns";
import { listReturns } from "./list-returns";
import { receiveReturn } from "./receive-return";
import { RETURN_REQUEST_LIMIT, requestReturn, type RequestReturnInput } from "./request-return";
import { returnRequestSchema } from "./return-request-schema";

const database = setupTestDatabase();
const DAY = 24 * 3600_000;
const now = new Date();
let staffId: string;
let ipCounter = 0;
/** A fresh client address per call, so the per-address limit only bites where a test means it to. */
const fresh = () => ({ ip: `198.51.100.${++ipCounter}`, now });

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", now, log: () => {} });
  staffId = (await createUser(database.db, "SUPPORT")).id;
});

const product = (slug: string) => database.db.product.findUniqueOrThrow({ where: { slug } });

const order = (items: Record<string, number>, options: { shipped?: boolean; userId?: string; email?: string } = {}) =>
  shippedOrder(database.db, items, { staffId, now, ...options });

const ask = (input: Omit<RequestReturnInput, "reason"> & { reason?: string }, options = fresh()) => requestReturn({ reason: "", ...input }, options);
const mails = (email: string) => mailsTo(dataPath("mail"), email);
const movements = (orderId: string) => database.db.inventoryMovement.findMany({ where: { orderId, reason: "RETURN" }, orderBy: { productId: "asc" } });

describe("asking for a return", () => {
  it("records the request, puts it on the timeline, e-mails a confirmation and shows it on the order page", async () => {
    const o = await order({ ultragun: 2 });
    const result = await ask({ order: { id: o.id }, reason: "Too strong for me", lines: [{ orderLineId: o.line("ultragun").id, quantity: 1 }] });
    expect(result).toMatchObject({ ok: true, mailed: true });
    const stored = await database.db.returnRequest.findFirstOrThrow({ where: { orderId: o.id }, include: { lines: true } });
    expect(stored).toMatchObject({ status: "REQUESTED", reason: "Too strong for me", lines: [{ orderLineId: o.line("ultragun").id, quantity: 1 }] });
    expect(await database.db.orderEvent.count({ where: { orderId: o.id, type: "return_requested" } })).toBe(1);
    const [mail] = (await mails(o.email)).filter((m) => m.includes("Subject: We have your return request"));
    expect(mail).toMatch(/^  1 \S+ UltraGun$/m); // the outbox reader decodes bytes, not UTF-8
    expect(mail).toMatch(/View your order: http.*\/orders\/view\?order=/);

    const view = await getOrderReturns(o.id, now);
    expect(view).toMatchObject({ can: "PENDING", lines: [{ productName: "UltraGun", bought: 2, returnable: 1 }], requests: [{ status: "REQUESTED" }] });
    expect((await listReturns()).find((row) => row.orderId === o.id)).toMatchObject({ status: "REQUESTED", units: 1, orderNumber: o.number });
  });

  it("refuses what an attacker would try: another account's order, foreign lines, too many units, a second open request", async () => {
    const owner = await createUser(database.db, "CUSTOMER");
    const stranger = await createUser(database.db, "CUSTOMER");
    const mine = await order({ ultragun: 1, us111: 1 }, { userId: owner.id, email: owner.email });
    const other = await order({ ultragun: 1 });
    const gun = mine.line("ultragun").id;

    // Another account's order number looks absent.
    expect(await ask({ order: { number: mine.number, userId: stranger.id }, lines: [{ orderLineId: gun, quantity: 1 }] })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await ask({ order: { id: "no-such-order" }, lines: [{ orderLineId: gun, quantity: 1 }] })).toEqual({ ok: false, code: "NOT_FOUND" });
    // A line of somebody else's order, named on my order.
    expect(await ask({ order: { id: mine.id }, lines: [{ orderLineId: other.line("ultragun").id, quantity: 1 }] })).toEqual({ ok: false, code: "UNKNOWN_LINE" });
    // More than was bought, also when split over two entries for the same line.
    expect(await ask({ order: { id: mine.id }, lines: [{ orderLineId: gun, quantity: 2 }] })).toEqual({ ok: false, code: "TOO_MANY", orderLineId: gun, returnable: 1 });
    expect(await ask({ order: { id: mine.id }, lines: [{ orderLineId: gun, quantity: 1 }, { orderLineId: gun, quantity: 1 }] })).toMatchObject({ code: "TOO_MANY" });
    expect(await ask({ order: { id: mine.id }, lines: [] })).toEqual({ ok: false, code: "NOTHING_CHOSEN" });
    expect(await database.db.returnRequest.count({ where: { orderId: { in: [mine.id, other.id] } } })).toBe(0);

    // The owner, by number: accepted; then no second request while this one is open.
    expect(await ask({ order: { number: mine.number, userId: owner.id }, lines: [{ orderLineId: gun, quantity: 1 }] })).toMatchObject({ ok: true });
    expect(await ask({ order: { id: mine.id }, lines: [{ orderLineId: mine.line("us111").id, quantity: 1 }] })).toEqual({ ok: false, code: "OPEN_REQUEST" });
  });

  it("makes one request when the same form is sent twice at once", async () => {
    const o = await order({ ultragun: 1 });
    const lines = [{ orderLineId: o.line("ultragun").id, quantity: 1 }];
    const results = await Promise.all([ask({ order: { id: o.id }, lines }), ask({ order: { id: o.id }, lines })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await database.db.returnRequest.count({ where: { orderId: o.id } })).toBe(1);
  });

  it("refuses an order that has not shipped", async () => {
    const o = await order({ ultragun: 1 }, { shipped: false });
    expect(await ask({ order: { id: o.id }, lines: [{ orderLineId: o.line("ultragun").id, quantity: 1 }] })).toEqual({ ok: false, code: "NOT_SHIPPED" });
    expect(await getOrderReturns(o.id, now)).toMatchObject({ can: "NOT_SHIPPED", deadline: null });
  });

  it("closes the window 30 days after delivery, or after shipping plus the zone's estimate when delivery is unknown", async () => {
    const o = await order({ ultragun: 1 });
    const lines = [{ orderLineId: o.line("ultragun").id, quantity: 1 }];
    // Shipped to the US: 3–5 business days, counted as 7 calendar days of travel, then 30.
    expect(await getOrderReturns(o.id, now)).toMatchObject({ can: "REQUEST", deadline: new Date(o.fulfilledAt!.getTime() + 37 * DAY) });
    // An order from before shipping zones carries no estimate: 10 days' travel are assumed.
    await database.db.order.update({ where: { id: o.id }, data: { deliveryMaxDays: null } });
    const deadline = new Date(o.fulfilledAt!.getTime() + 40 * DAY);
    expect(await getOrderReturns(o.id, now)).toMatchObject({ can: "REQUEST", deadline });
    const late = { ip: `198.51.100.${++ipCounter}`, now: new Date(deadline.getTime() + 1) };
    expect(await requestReturn({ order: { id: o.id }, reason: "", lines }, late)).toEqual({ ok: false, code: "WINDOW_CLOSED", deadline });
    expect(await getOrderReturns(o.id, late.now)).toMatchObject({ can: "WINDOW_CLOSED" });

    // Known delivery: 30 days from it, however long ago it shipped.
    const deliveredAt = new Date(now.getTime() - 29 * DAY);
    await database.db.order.update({ where: { id: o.id }, data: { deliveredAt } });
    expect(await getOrderReturns(o.id, now)).toMatchObject({ can: "REQUEST", deadline: new Date(deliveredAt.getTime() + 30 * DAY) });
    const dayAfter = { ip: `198.51.100.${++ipCounter}`, now: new Date(now.getTime() + 2 * DAY) };
    expect(await requestReturn({ order: { id: o.id }, reason: "", lines }, dayAfter)).toMatchObject({ code: "WINDOW_CLOSED" });
    expect(await ask({ order: { id: o.id }, lines })).toMatchObject({ ok: true });
  });

  it(`takes ${RETURN_REQUEST_LIMIT.limit} requests an hour from one address, then refuses before looking at the order`, async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < RETURN_REQUEST_LIMIT.limit; i++) {
      expect(await requestReturn({ order: { id: "no-such-order" }, reason: "", lines: [{ orderLineId: "x", quantity: 1 }] }, { ip, now })).toMatchObject({ code: "NOT_FOUND" });
    }
    const o = await order({ ultragun: 1 });
    const refused = await requestReturn({ order: { id: o.id }, reason: "", lines: [{ orderLineId: o.line("ultragun").id, quantity: 1 }] }, { ip, now });
    expect(refused).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await database.db.returnRequest.count({ where: { orderId: o.id } })).toBe(0);
  });
});

describe("the database's own guards", () => {
  it("refuses a line of no units and a decline without a reason, whatever the code above does", async () => {
    const o = await order({ ultragun: 1 });
    const request = await database.db.returnRequest.create({ data: { orderId: o.id } });
    await expect(database.db.returnRequestLine.create({ data: { returnRequestId: request.id, orderLineId: o.line("ultragun").id, quantity: 0 } })).rejects.toThrow(/quantity_check/);
    await expect(database.db.returnRequest.update({ where: { id: request.id }, data: { status: "DECLINED" } })).rejects.toThrow(/declined_reason_check/);
  });
});

describe("the return form's schema", () => {
  const schema = returnRequestSchema({});
  it.each([
    ["a negative quantity", "-1"],
    ["a fractional quantity", "0.5"],
    ["a huge quantity", "100000000"],
    ["words", "two"],
  ])("refuses %s under the line's field", (_name, value) => {
    const parsed = schema.safeParse({ "quantity-line1": value, reason: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].path).toEqual(["quantity-line1"]);
  });

  it("keeps the lines asked for, drops zeros and blanks, and takes no reason as an empty one", () => {
    expect(schema.parse({ "quantity-a": "2", "quantity-b": "0", "quantity-c": "" })).toMatchObject({ reason: "", lines: [{ orderLineId: "a", quantity: 2 }] });
  });

  it("refuses a form naming more lines than any order has", () => {
    const fields = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`quantity-l${i}`, "1"]));
    expect(schema.safeParse(fields).success).toBe(false);
  });
});

describe("staff handling a return", () => {
  it("approve → receive: units back with RETURN movements, the paid amount recorded, e-mails and audit rows at each step", async () => {
    const o = await order({ ultragun: 2, us111: 1 });
    const gun = o.line("ultragun");
    const us111 = o.line("us111");
    expect(gun.discountCents).toBeGreaterThan(0); // FLASHSALE: the refund must be what was paid, after it
    const created = await ask({ order: { id: o.id }, lines: [{ orderLineId: gun.id, quantity: 1 }, { orderLineId: us111.id, quantity: 1 }] });
    if (!created.ok) throw new Error(created.code);

    // Receiving before approval is refused.
    expect(await receiveReturn({ returnId: created.returnId, actorId: staffId }, now)).toEqual({ ok: false, code: "NOT_APPROVED" });

    expect(await decideReturn({ returnId: created.returnId, decision: "APPROVED", actorId: staffId }, now)).toEqual({ ok: true, orderId: o.id, mailed: true });
    const [approved] = (await mails(o.email)).filter((m) => m.includes("is approved"));
    expect(approved).toContain(`Write ${o.number} clearly on the outside of the parcel.`);
    expect(await decideReturn({ returnId: created.returnId, decision: "DECLINED", reason: "changed my mind", actorId: staffId }, now)).toEqual({ ok: false, code: "ALREADY_DECIDED" });

    const stockBefore = { gun: (await product("ultragun")).stock, us111: (await product("us111")).stock };
    const expectedRefund = Math.floor(gun.totalCents / 2) + us111.totalCents;
    expect(await receiveReturn({ returnId: created.returnId, actorId: staffId }, now)).toEqual({ ok: true, orderId: o.id, refundCents: expectedRefund, mailed: true });
    expect((await product("ultragun")).stock).toBe(stockBefore.gun + 1);
    expect((await product("us111")).stock).toBe(stockBefore.us111 + 1);
    const rows = await movements(o.id);
    expect(rows.map((m) => ({ productId: m.productId, delta: m.delta, actorId: m.actorId })).sort((a, b) => a.productId.localeCompare(b.productId))).toEqual(
      [
        { productId: gun.productId, delta: 1, actorId: staffId },
        { productId: us111.productId, delta: 1, actorId: staffId },
      ].sort((a, b) => a.productId.localeCompare(b.productId)),
    );
    expect(await database.db.returnRequest.findUniqueOrThrow({ where: { id: created.returnId } })).toMatchObject({ status: "RECEIVED", refundCents: expectedRefund, receivedById: staffId, decidedById: staffId });
    const [received] = (await mails(o.email)).filter((m) => m.includes("has arrived"));
    expect(received).toContain("We are refunding");

    const audit = await database.db.auditLog.findMany({ where: { entityId: created.returnId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["return.approve", staffId],
      ["return.receive", staffId],
    ]);

    // The second UltraGun can still be returned, once; its share makes the line add up to what was paid.
    const view = await getOrderReturns(o.id, now);
    expect(view).toMatchObject({ can: "REQUEST" });
    expect(Object.fromEntries(view!.lines.map((l) => [l.productName, l.returnable]))).toEqual({ UltraGun: 1, "US111 Ultrasound Therapy": 0 });
    expect(await ask({ order: { id: o.id }, lines: [{ orderLineId: us111.id, quantity: 1 }] })).toMatchObject({ code: "TOO_MANY", returnable: 0 });
    const second = await ask({ order: { id: o.id }, lines: [{ orderLineId: gun.id, quantity: 1 }] });
    if (!second.ok) throw new Error(second.code);
    await decideReturn({ returnId: second.returnId, decision: "APPROVED", actorId: staffId }, now);
    expect(await receiveReturn({ returnId: second.returnId, actorId: staffId }, now)).toMatchObject({ refundCents: gun.totalCents - Math.floor(gun.totalCents / 2) });
    expect(await getOrderReturns(o.id, now)).toMatchObject({ can: "NOTHING_LEFT" });
  });

  it("declines with the reason in the e-mail, and the declined units can be asked for again", async () => {
    const o = await order({ ultragun: 1 });
    const lines = [{ orderLineId: o.line("ultragun").id, quantity: 1 }];
    const created = await ask({ order: { id: o.id }, lines });
    if (!created.ok) throw new Error(created.code);
    expect(await decideReturn({ returnId: created.returnId, decision: "DECLINED", reason: "The photos show the device was used.", actorId: staffId }, now)).toMatchObject({ ok: true });
    const [declined] = (await mails(o.email)).filter((m) => m.includes("Subject: About your return"));
    expect(declined).toContain("Why: The photos show the device was used.");
    expect(await receiveReturn({ returnId: created.returnId, actorId: staffId }, now)).toEqual({ ok: false, code: "NOT_APPROVED" });
    expect(await movements(o.id)).toEqual([]);
    expect(await database.db.auditLog.findFirstOrThrow({ where: { entityId: created.returnId } })).toMatchObject({ action: "return.decline", after: { status: "DECLINED", decisionReason: "The photos show the device was used." } });
    expect(await ask({ order: { id: o.id }, lines })).toMatchObject({ ok: true });
  });

  it("two staff members at once: one decision, one receipt, one set of movements", async () => {
    const o = await order({ ultragun: 2 });
    const created = await ask({ order: { id: o.id }, lines: [{ orderLineId: o.line("ultragun").id, quantity: 2 }] });
    if (!created.ok) throw new Error(created.code);
    const other = (await createUser(database.db, "ADMIN")).id;

    const decisions = await Promise.all([
      decideReturn({ returnId: created.returnId, decision: "APPROVED", actorId: staffId }, now),
      decideReturn({ returnId: created.returnId, decision: "APPROVED", actorId: other }, now),
    ]);
    expect(decisions.filter((d) => d.ok)).toHaveLength(1);
    expect(decisions.find((d) => !d.ok)).toEqual({ ok: false, code: "ALREADY_DECIDED" });

    const stockBefore = (await product("ultragun")).stock;
    const receipts = await Promise.all([
      receiveReturn({ returnId: created.returnId, actorId: staffId }, now),
      receiveReturn({ returnId: created.returnId, actorId: other }, now),
    ]);
    expect(receipts.filter((r) => r.ok)).toHaveLength(1);
    expect(receipts.find((r) => !r.ok)).toEqual({ ok: false, code: "NOT_APPROVED" });
    expect(await movements(o.id)).toMatchObject([{ delta: 2 }]);
    expect((await product("ultragun")).stock).toBe(stockBefore + 2);
    expect(await database.db.auditLog.count({ where: { entityId: created.returnId } })).toBe(2);
    expect((await mails(o.email)).filter((m) => m.includes("has arrived"))).toHaveLength(1);
  });
});
