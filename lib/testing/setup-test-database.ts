// For integration test files: a fresh database for the file, installed as the app's `db`,
// so lib/ functions under test run their real queries against it.
import { afterAll, beforeAll } from "vitest";
import type { Db } from "../database/create-client";
import { DB_GLOBAL_KEY } from "../db";
import { createTestDatabase, type TestDatabase } from "./test-database";

export function setupTestDatabase(): { readonly db: Db; readonly current: TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    (globalThis as Record<symbol, unknown>)[DB_GLOBAL_KEY] = database.db;
  }, 60_000);
  afterAll(async () => {
    delete (globalThis as Record<symbol, unknown>)[DB_GLOBAL_KEY];
    await database?.close();
  });
  return {
    get db() {
      if (!database) throw new Error("The test database is not ready yet (use it inside tests or hooks).");
      return database.db;
    },
    get current() {
      if (!database) throw new Error("The test database is not ready yet.");
      return database;
    },
  };
}
