// The store always keeps one ADMIN: a demotion that would remove the last one is refused, also when two
// admins demote each other at the same moment (on the PostgreSQL server, where transactions truly overlap).
import { beforeEach, describe, expect, it } from "vitest";
import { createUser } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { changeRole } from "./change-role";
import { findPeople } from "./find-people";

const onServer = Boolean(process.env.TEST_DATABASE_URL);
const database = setupTestDatabase();

async function admins() {
  return database.db.user.findMany({ where: { role: "ADMIN" }, select: { id: true } });
}

beforeEach(async () => {
  await database.db.auditLog.deleteMany();
  await database.db.user.deleteMany();
});

describe("changeRole", () => {
  it("refuses to demote the only admin, and changes nothing", async () => {
    const admin = await createUser(database.db, "ADMIN");
    for (const role of ["CUSTOMER", "MARKETING", "SUPPORT", "INVENTORY"] as const) {
      expect(await changeRole(admin.id, role, admin.id)).toEqual({ ok: false, code: "LAST_ADMIN" });
    }
    expect(await admins()).toEqual([{ id: admin.id }]);
    expect(await database.db.auditLog.count()).toBe(0);
  });

  it("lets one of two admins step down, then refuses the other", async () => {
    const first = await createUser(database.db, "ADMIN");
    const second = await createUser(database.db, "ADMIN");
    expect(await changeRole(first.id, "MARKETING", second.id)).toMatchObject({ ok: true, role: "MARKETING", changed: true });
    expect(await changeRole(second.id, "CUSTOMER", second.id)).toEqual({ ok: false, code: "LAST_ADMIN" });
    expect(await admins()).toEqual([{ id: second.id }]);
  });

  it("grants and revokes staff roles, writing one audit row per change with who and what", async () => {
    const admin = await createUser(database.db, "ADMIN");
    const shopper = await createUser(database.db, "CUSTOMER", "robin@example.com");
    expect(await changeRole(shopper.id, "SUPPORT", admin.id)).toEqual({ ok: true, email: "robin@example.com", role: "SUPPORT", changed: true });
    expect(await changeRole(shopper.id, "SUPPORT", admin.id)).toEqual({ ok: true, email: "robin@example.com", role: "SUPPORT", changed: false });
    expect(await changeRole(shopper.id, "CUSTOMER", admin.id)).toMatchObject({ ok: true, role: "CUSTOMER" });
    const rows = await database.db.auditLog.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => ({ actorId: row.actorId, action: row.action, entityId: row.entityId, before: row.before, after: row.after }))).toEqual([
      { actorId: admin.id, action: "staff.role", entityId: shopper.id, before: { email: "robin@example.com", role: "CUSTOMER" }, after: { email: "robin@example.com", role: "SUPPORT" } },
      { actorId: admin.id, action: "staff.role", entityId: shopper.id, before: { email: "robin@example.com", role: "SUPPORT" }, after: { email: "robin@example.com", role: "CUSTOMER" } },
    ]);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: shopper.id } })).role).toBe("CUSTOMER");
  });

  it("answers NOT_FOUND for an unknown account", async () => {
    const admin = await createUser(database.db, "ADMIN");
    expect(await changeRole("no-such-user", "ADMIN", admin.id)).toEqual({ ok: false, code: "NOT_FOUND" });
  });

  it.runIf(onServer)("two admins demoting each other at once leave exactly one admin (PostgreSQL server)", async () => {
    for (let round = 0; round < 10; round++) {
      await database.db.user.deleteMany();
      const a = await createUser(database.db, "ADMIN");
      const b = await createUser(database.db, "ADMIN");
      const results = await Promise.all([changeRole(a.id, "CUSTOMER", b.id), changeRole(b.id, "MARKETING", a.id)]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, code: "LAST_ADMIN" }]);
      expect(await admins()).toHaveLength(1);
    }
  });

  it.runIf(onServer)("five admins all demoted at once: one stays (PostgreSQL server)", async () => {
    const five = await Promise.all(Array.from({ length: 5 }, () => createUser(database.db, "ADMIN")));
    const results = await Promise.all(five.map((admin) => changeRole(admin.id, "SUPPORT", admin.id)));
    expect(results.filter((result) => result.ok)).toHaveLength(4);
    expect(await admins()).toHaveLength(1);
  });
});

describe("findPeople", () => {
  it("lists staff by default and finds customers by part of their e-mail, whatever the case", async () => {
    const admin = await createUser(database.db, "ADMIN", "boss@ultracare.test");
    const support = await createUser(database.db, "SUPPORT", "helper@ultracare.test");
    await createUser(database.db, "CUSTOMER", "robin.calves@example.com");
    expect((await findPeople("")).map((p) => p.email).sort()).toEqual([admin.email, support.email].sort());
    expect((await findPeople("  ROBIN ")).map((p) => p.email)).toEqual(["robin.calves@example.com"]);
    expect(await findPeople("nobody-here")).toEqual([]);
  });
});
