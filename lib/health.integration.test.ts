import { describe, expect, it } from "vitest";
import { createServerClient } from "./database/create-client";
import { checkDatabase } from "./health";
import { setupTestDatabase } from "./testing/setup-test-database";

const database = setupTestDatabase();

describe("checkDatabase", () => {
  it("is ok when the database answers", async () => {
    expect(await checkDatabase(database.db)).toEqual({ ok: true });
  });

  it("gives a reason, without internals, when the database cannot be reached", async () => {
    const unreachable = createServerClient("postgresql://postgres@127.0.0.1:1/none", { poolSize: 1 });
    const result = await checkDatabase(unreachable, 2000);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^database (unreachable|did not answer)/) });
    await unreachable.$disconnect();
  });
});
