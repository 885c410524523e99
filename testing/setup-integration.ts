// Runs before every integration test file. The app reaches its database through `@/lib/db` and the
// signed-in user through `@/lib/auth/session-user-id`; here both answer with what the test installed
// (setupTestDatabase, actAs) and the rest of the app's code runs unchanged.
// The helpers are imported statically, so the mocks keep answering from the instances the test file
// holds even after it calls vi.resetModules() to load the app afresh.
import { vi } from "vitest";
import { lazyClient } from "@/lib/database/lazy-client";
import { actingAs } from "./act-as";
import { installedTestDb } from "./setup-test-database";

vi.mock("@/lib/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db")>()),
  db: lazyClient(installedTestDb),
}));

vi.mock("@/lib/auth/session-user-id", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session-user-id")>();
  return {
    ...original,
    sessionUserId: async () => {
      const acting = actingAs();
      return acting ? acting.userId : original.sessionUserId();
    },
  };
});
