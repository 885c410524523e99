// Stock adjustments against a real database: one conditional statement, ledger and audit rows in the
// same transaction, refusals that change nothing, and the CSV export (through the route handler).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/admin/inventory/[productId]/export/route";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { adjustStock } from "./adjust-stock";
import { refusalMessage } from "./messages";
import { exportMovements } from "./export-movements";

const database = setupTestDatabase();
let staffId = "";
let staffEmail = "";

beforeAll(async () => {
  const staff = await createUser(database.db, "INVENTORY");
  staffId = staff.id;
  staffEmail = staff.email;
});
afterEach(stopActing);

let counter = 0;
async function product(stock: number, reserved = 0) {
  counter++;
  return database.db.product.create({
    data: {
      slug: `stock-test-${counter}`,
      sku: `ST-${counter}`,
      name: `Stock test ${counter}`,
      tagline: "t",
      description: "d",
      priceCents: 10000,
      stock,
      reserved,
      bestFor: "b",
      severity: "SEVERE",
    },
  });
}

const stockOf = async (id: string) => database.db.product.findUniqueOrThrow({ where: { id }, select: { stock: true, reserved: true } });

describe("adjustStock", () => {
  it("two restocks of +5 at the same time both count (+10), each with its movement and audit row", async () => {
    const p = await product(3);
    const results = await Promise.all([
      adjustStock({ productId: p.id, delta: 5, reason: "RESTOCK", note: "Delivery A" }, staffId),
      adjustStock({ productId: p.id, delta: 5, reason: "RESTOCK", note: "Delivery B" }, staffId),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await stockOf(p.id)).toEqual({ stock: 13, reserved: 0 });
    const movements = await database.db.inventoryMovement.findMany({ where: { productId: p.id }, orderBy: { note: "asc" } });
    expect(movements.map((m) => [m.delta, m.reason, m.note, m.actorId])).toEqual([
      [5, "RESTOCK", "Delivery A", staffId],
      [5, "RESTOCK", "Delivery B", staffId],
    ]);
    const audits = await database.db.auditLog.findMany({ where: { entityId: p.id, action: "stock.adjust" } });
    expect(audits).toHaveLength(2);
    // Whichever ran first saw 3 -> 8, the other 8 -> 13: the audit "before" is read from the same statement.
    expect(audits.map((a) => [(a.before as { stock: number }).stock, (a.after as { stock: number }).stock]).sort()).toEqual([
      [3, 8],
      [8, 13],
    ]);
    expect(audits.every((a) => a.actorId === staffId)).toBe(true);
  });

  it("a correction to exactly zero is allowed and the product is sold out", async () => {
    const p = await product(24);
    expect(await adjustStock({ productId: p.id, delta: -24, reason: "CORRECTION", note: "Shelf count" }, staffId)).toMatchObject({ ok: true, stock: 0 });
    expect(await stockOf(p.id)).toEqual({ stock: 0, reserved: 0 });
  });

  it("refuses to go below zero, naming what is on hand, and writes nothing", async () => {
    const p = await product(4);
    const result = await adjustStock({ productId: p.id, delta: -5, reason: "DAMAGE", note: "Dropped" }, staffId);
    expect(result).toEqual({ ok: false, code: "BELOW_RESERVED", onHand: 4, reserved: 0 });
    if (result.ok) throw new Error("unreachable");
    expect(refusalMessage(result, -5)).toBe("Refused: 4 units on hand, so removing 5 units would take stock below zero. Nothing was changed.");
    expect(await stockOf(p.id)).toEqual({ stock: 4, reserved: 0 });
    expect(await database.db.inventoryMovement.count({ where: { productId: p.id } })).toBe(0);
    expect(await database.db.auditLog.count({ where: { entityId: p.id } })).toBe(0);
  });

  it("refuses to go below what pending orders hold, naming on hand and reserved", async () => {
    const p = await product(10, 7);
    const result = await adjustStock({ productId: p.id, delta: -4, reason: "CORRECTION", note: null }, staffId);
    expect(result).toEqual({ ok: false, code: "BELOW_RESERVED", onHand: 10, reserved: 7 });
    if (result.ok) throw new Error("unreachable");
    expect(refusalMessage(result, -4)).toBe("Refused: 10 units on hand and 7 units reserved by pending orders, so at most 3 units can be removed. Nothing was changed.");
    expect(await stockOf(p.id)).toEqual({ stock: 10, reserved: 7 });
    expect(await database.db.inventoryMovement.count({ where: { productId: p.id } })).toBe(0);
    // Down to exactly what is reserved is fine: every held unit is still there.
    expect(await adjustStock({ productId: p.id, delta: -3, reason: "CORRECTION", note: null }, staffId)).toMatchObject({ ok: true, stock: 7, reserved: 7 });
  });

  it("answers NOT_FOUND for an unknown product", async () => {
    expect(await adjustStock({ productId: "no-such-product", delta: 1, reason: "RESTOCK", note: null }, staffId)).toEqual({ ok: false, code: "NOT_FOUND" });
  });
});

describe("the movement export", () => {
  it("lists every movement oldest first with who, why and the order number", async () => {
    const p = await product(0);
    const order = await database.db.order.create({
      data: { number: "UC-EXPORT1", email: "buyer@example.com", subtotalCents: 10000, totalCents: 10000, provider: "TEST", holdExpiresAt: new Date() },
    });
    await database.db.inventoryMovement.create({ data: { productId: p.id, delta: 2, reason: "SEED", createdAt: new Date("2026-11-01T08:00:00Z") } });
    await adjustStock({ productId: p.id, delta: 10, reason: "RESTOCK", note: "Pallet, 10 units" }, staffId);
    await database.db.inventoryMovement.create({ data: { productId: p.id, delta: -1, reason: "SALE", orderId: order.id, createdAt: new Date(Date.now() + 1000) } });

    const file = await exportMovements(p.id, new Date("2026-11-26T00:00:00Z"));
    expect(file?.filename).toBe(`stock-${p.slug}-2026-11-26.csv`);
    const lines = file!.csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("date_utc,sku,change,reason,by,order,note");
    expect(lines.slice(1).map((line) => line.split(",").slice(1, 6))).toEqual([
      [p.sku, "2", "SEED", "system", ""],
      [p.sku, "10", "RESTOCK", staffEmail, ""],
      [p.sku, "-1", "SALE", "system", "UC-EXPORT1"],
    ]);
    expect(lines[2]).toContain('"Pallet, 10 units"');
    expect(await exportMovements("no-such-product")).toBeNull();
  });

  it("the route answers staff with a CSV download and an unknown product with 404", async () => {
    const p = await product(0);
    await adjustStock({ productId: p.id, delta: 6, reason: "RESTOCK", note: null }, staffId);
    actAs(staffId);
    const response = await exportRoute(new Request("http://localhost/x"), { params: Promise.resolve({ productId: p.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="stock-${p.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect(await response.text()).toContain(`,${p.sku},6,RESTOCK,${staffEmail},,`);
    const missing = await exportRoute(new Request("http://localhost/x"), { params: Promise.resolve({ productId: "nope" }) });
    expect(missing.status).toBe(404);
    actAs((await createUser(database.db, "MARKETING")).id);
    expect((await exportRoute(new Request("http://localhost/x"), { params: Promise.resolve({ productId: p.id }) })).status).toBe(403);
  });
});
