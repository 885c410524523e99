// The return forms' server actions, called as a browser would (FormData): the guest's signed link and the
// account's own orders are the only ways in, and staff steps refuse everyone without orders.fulfil.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { authSecret } from "@/lib/auth/secret";
import { hasPermission, STAFF_ROLES } from "@/lib/auth/permissions";
import { orderToken } from "@/lib/orders/order-link";
import { seed } from "@/prisma/seed/seed";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { shippedOrder } from "@/testing/shipped-order";
import { requestAccountReturnAction } from "../../account/orders/[number]/actions";
import { declineReturnAction, receiveReturnAction } from "../../admin/orders/[id]/actions";
import { requestGuestReturnAction } from "./actions";

vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => "203.0.113.9" }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), refresh: () => {}, updateTag: () => {}, revalidateTag: () => {} }));

const database = setupTestDatabase();
const now = new Date();
let staffId = "";

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", now, log: () => {} });
  staffId = (await createUser(database.db, "SUPPORT")).id;
});
afterEach(stopActing);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const viewToken = (order: { id: string; holdExpiresAt: Date }) => orderToken(order.id, "view", order.holdExpiresAt, authSecret());

describe("the guest's return form", () => {
  it("takes a request through the signed link, and refuses a forged link or another order's line", async () => {
    const mine = await shippedOrder(database.db, { ultragun: 1 }, { staffId, now });
    const other = await shippedOrder(database.db, { us111: 1 }, { staffId, now });
    const quantity = (order: typeof mine, slug: string) => `quantity-${order.line(slug).id}`;

    const forged = await requestGuestReturnAction(undefined, form({ order: `${mine.id}.9999999999.forged`, [quantity(mine, "ultragun")]: "1" }));
    expect(forged).toMatchObject({ ok: false, code: "LINK_REFUSED" });
    // The other order's link with my line id, and my link with theirs: both refused.
    expect(await requestGuestReturnAction(undefined, form({ order: viewToken(other), [quantity(mine, "ultragun")]: "1" }))).toMatchObject({ ok: false, code: "UNKNOWN_LINE" });
    expect(await requestGuestReturnAction(undefined, form({ order: viewToken(mine), [quantity(other, "us111")]: "1" }))).toMatchObject({ ok: false, code: "UNKNOWN_LINE" });
    const huge = await requestGuestReturnAction(undefined, form({ order: viewToken(mine), [quantity(mine, "ultragun")]: "1000000" }));
    expect(huge).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { [quantity(mine, "ultragun")]: [expect.any(String)] } });
    const tooMany = await requestGuestReturnAction(undefined, form({ order: viewToken(mine), [quantity(mine, "ultragun")]: "2" }));
    expect(tooMany).toMatchObject({ ok: false, code: "TOO_MANY", fieldErrors: { [quantity(mine, "ultragun")]: ["You can return at most 1 of this item."] } });
    expect(await database.db.returnRequest.count({ where: { orderId: { in: [mine.id, other.id] } } })).toBe(0);

    const sent = await requestGuestReturnAction(undefined, form({ order: viewToken(mine), [quantity(mine, "ultragun")]: "1", reason: "Too loud" }));
    expect(sent).toMatchObject({ ok: true, message: expect.stringContaining("We have your return request") });
  });
});

describe("the account's return form", () => {
  it("needs a signed-in account and finds only that account's own orders", async () => {
    const owner = await createUser(database.db, "CUSTOMER");
    const stranger = await createUser(database.db, "CUSTOMER");
    const order = await shippedOrder(database.db, { ultragun: 1 }, { staffId, now, userId: owner.id, email: owner.email });
    const fields = form({ number: order.number.toLowerCase(), [`quantity-${order.line("ultragun").id}`]: "1" });

    actAs(null);
    expect(await requestAccountReturnAction(undefined, fields)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(stranger.id);
    expect(await requestAccountReturnAction(undefined, fields)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    actAs(owner.id);
    expect(await requestAccountReturnAction(undefined, fields)).toMatchObject({ ok: true });
  });
});

describe("staff steps", () => {
  it("refuse customers and staff without orders.fulfil, and change nothing", async () => {
    const order = await shippedOrder(database.db, { ultragun: 1 }, { staffId, now });
    const request = await database.db.returnRequest.create({ data: { orderId: order.id, status: "APPROVED", lines: { create: [{ orderLineId: order.line("ultragun").id, quantity: 1 }] } } });
    for (const role of ["CUSTOMER", ...STAFF_ROLES] as const) {
      if (hasPermission(role, "orders.fulfil")) continue;
      actAs((await createUser(database.db, role)).id);
      expect(await receiveReturnAction(undefined, form({ returnId: request.id })), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await database.db.returnRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "APPROVED" });
    expect(await database.db.inventoryMovement.count({ where: { orderId: order.id, reason: "RETURN" } })).toBe(0);
  });

  it("asks for a reason before declining", async () => {
    const order = await shippedOrder(database.db, { ultragun: 1 }, { staffId, now });
    const request = await database.db.returnRequest.create({ data: { orderId: order.id, lines: { create: [{ orderLineId: order.line("ultragun").id, quantity: 1 }] } } });
    actAs(staffId);
    expect(await declineReturnAction(undefined, form({ returnId: request.id, reason: " " }))).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { reason: [expect.any(String)] } });
    expect(await database.db.returnRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "REQUESTED" });
  });
});
