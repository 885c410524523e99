// The data migration that rewrites stored coupon-use keys to the normalised e-mail: uses made before the
// change keep counting against the same person, and the SQL gives the same key as customerKey() does.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { customerKey } from "./customer-key";

const database = setupTestDatabase();
const MIGRATION = path.resolve(import.meta.dirname, "../../prisma/migrations/20261204200000_coupon_customer_keys/migration.sql");
let couponId = "";
let orderCount = 0;

beforeAll(async () => {
  couponId = (await database.db.coupon.create({ data: { code: "OLDKEYS", kind: "ORDER_PERCENT", percentOff: 10, startsAt: new Date("2026-11-01T00:00:00Z") } })).id;
});

/** A use as the previous code stored it: `key` is what was written, `email` the order's receipt address. */
async function oldUse(key: string, email: string, userId: string | null = null): Promise<string> {
  orderCount += 1;
  const order = await database.db.order.create({
    data: { number: `UC-MIG${orderCount}`, email, userId, subtotalCents: 1000, discountCents: 100, totalCents: 900, provider: "TEST", holdExpiresAt: new Date("2026-11-02T00:00:00Z"), couponId },
  });
  const use = await database.db.couponRedemption.create({ data: { couponId, orderId: order.id, userId, customerKey: key, status: "REDEEMED" } });
  return use.id;
}

const keyOf = async (id: string) => (await database.db.couponRedemption.findUniqueOrThrow({ where: { id } })).customerKey;

describe("migration 20261204200000_coupon_customer_keys", () => {
  it("turns account ids and e-mails into the normalised e-mail customerKey() gives today", async () => {
    const account = await database.db.user.create({ data: { email: "x+shop@example.com" } });
    const leaver = await database.db.user.create({ data: { email: "leaver@example.com" } });
    const uses = {
      account: await oldUse(account.id, "x+shop@example.com", account.id),
      deletedAccount: await oldUse(leaver.id, "gone+1@example.com", leaver.id),
      taggedGuest: await oldUse("x+2@example.com", "x+2@example.com"),
      plainGuest: await oldUse("x@example.com", "x@example.com"),
      dottedGuest: await oldUse("ana.b@gmail.com", "ana.b@gmail.com"),
    };
    // Deleting an account keeps its orders and uses, without the user.
    await database.db.user.delete({ where: { id: leaver.id } });

    const sql = await readFile(MIGRATION, "utf8");
    await database.db.$executeRawUnsafe(sql);

    expect(await keyOf(uses.account)).toBe("x@example.com");
    expect(await keyOf(uses.deletedAccount)).toBe("gone@example.com");
    expect(await keyOf(uses.taggedGuest)).toBe("x@example.com");
    expect(await keyOf(uses.plainGuest)).toBe("x@example.com");
    expect(await keyOf(uses.dottedGuest)).toBe("ana.b@gmail.com");
    for (const [email, id] of [["x+shop@example.com", uses.account], ["gone+1@example.com", uses.deletedAccount], ["ana.b@gmail.com", uses.dottedGuest]]) {
      expect(await keyOf(id)).toBe(customerKey({ email }));
    }

    // Run again (a second instance racing the first): nothing changes.
    const before = await database.db.couponRedemption.findMany({ orderBy: { id: "asc" } });
    await database.db.$executeRawUnsafe(sql);
    expect(await database.db.couponRedemption.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
