// For integration test files: a fresh database for the file, installed as the app's `db` (see
// setup-integration.ts, which points `@/lib/db` here), so lib/ functions under test run their real
// queries against it.
import { afterAll, beforeAll } from "vitest";
import type { Db } from "../lib/database/create-client";
import { createTestDatabase, type TestDatabase } from "./test-database";

let installed: Db | undefined;

/** The client the app's `db` answers with from now on (a test may swap in a failing one, then put the file's back). */
export function installTestDb(db: Db | undefined): void {
  installed = db;
}

export function installedTestDb(): Db {
  if (!installed) throw new Error("No test database here: call setupTestDatabase() in this test file.");
  return installed;
}

export function setupTestDatabase(): { readonly db: Db; readonly current: TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    installTestDb(database.db);
  }, 60_000);
  afterAll(async () => {
    installTestDb(undefined);
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
