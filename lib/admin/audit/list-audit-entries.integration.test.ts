import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "./list-audit-entries";

const database = setupTestDatabase();
let actorEmail = "";

beforeAll(async () => {
  const actor = await createUser(database.db, "ADMIN", "auditor@ultracare.test");
  actorEmail = actor.email;
  const start = Date.parse("2026-11-20T00:00:00Z");
  await database.db.auditLog.createMany({
    data: Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({
      actorId: actor.id,
      action: "coupon.update",
      entityType: "coupon",
      entityId: `coupon-${i}`,
      before: { percentOff: i },
      after: { percentOff: i + 1 },
      createdAt: new Date(start + i * 60_000),
    })),
  });
});

describe("listAuditEntries", () => {
  it("pages newest first, with who made each change", async () => {
    const first = await listAuditEntries(1);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: AUDIT_PAGE_SIZE + 3 });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({ entityId: `coupon-${AUDIT_PAGE_SIZE + 2}`, actorEmail, after: { percentOff: AUDIT_PAGE_SIZE + 3 } });

    const second = await listAuditEntries(2);
    expect(second.entries.map((entry) => entry.entityId)).toEqual(["coupon-2", "coupon-1", "coupon-0"]);
  });

  it("clamps a page number out of range to the nearest page", async () => {
    expect((await listAuditEntries(99)).page).toBe(2);
    expect((await listAuditEntries(0)).page).toBe(1);
    expect((await listAuditEntries(Number.NaN)).page).toBe(1);
  });

  it("keeps an entry whose actor account was deleted, without a name", async () => {
    const gone = await createUser(database.db, "SUPPORT");
    await database.db.auditLog.create({ data: { actorId: gone.id, action: "order.refund", entityType: "order", entityId: "o1", createdAt: new Date("2026-12-01T00:00:00Z") } });
    await database.db.user.delete({ where: { id: gone.id } });
    expect((await listAuditEntries(1)).entries[0]).toMatchObject({ action: "order.refund", actorEmail: null });
  });
});
