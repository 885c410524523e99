// A real deadlock on the PostgreSQL server, through Prisma's driver adapter: the error the store gets is
// recognised as retryable, and withRetry turns it into success for both transactions (PGlite has one
// connection and cannot deadlock).
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { isRetryable, withRetry } from "./retry";

const onServer = Boolean(process.env.TEST_DATABASE_URL);
const database = setupTestDatabase();

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
});

describe.runIf(onServer)("withRetry on the PostgreSQL server", () => {
  it("two transactions locking the same two rows in opposite order: the deadlock is retried and both succeed", async () => {
    const [a, b] = (await database.db.product.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 2 })).map((p) => p.id);
    const before = await database.db.product.findMany({ where: { id: { in: [a, b] } }, select: { id: true, stock: true }, orderBy: { id: "asc" } });
    let bothLockedFirst: () => void;
    let lockedFirst = 0;
    const barrier = new Promise<void>((resolve) => (bothLockedFirst = resolve));
    const errors: unknown[] = [];
    const crossing = (first: string, second: string) =>
      withRetry(async () => {
        try {
          await database.db.$transaction(async (tx) => {
            await tx.$executeRaw`UPDATE "products" SET "stock" = "stock" + 1 WHERE "id" = ${first}`;
            if (++lockedFirst === 2) bothLockedFirst();
            await barrier; // the first round: each holds one row and wants the other's
            await tx.$executeRaw`UPDATE "products" SET "stock" = "stock" + 1 WHERE "id" = ${second}`;
          });
        } catch (error) {
          errors.push(error);
          throw error;
        }
      });
    await Promise.all([crossing(a, b), crossing(b, a)]);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.every(isRetryable)).toBe(true);
    const after = await database.db.product.findMany({ where: { id: { in: [a, b] } }, select: { id: true, stock: true }, orderBy: { id: "asc" } });
    expect(after.map((p) => p.stock)).toEqual(before.map((p) => p.stock + 2));
  });
});
