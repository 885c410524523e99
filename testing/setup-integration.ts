// Runs before every integration test file. The app reaches its database through `@/lib/db` and the
// signed-in user through `@/lib/auth/session-claims`; here both answer with what the test installed
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

vi.mock("@/lib/auth/session-claims", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session-claims")>();
  return {
    ...original,
    sessionClaims: async () => {
      const acting = actingAs();
      if (!acting) return original.sessionClaims();
      if (!acting.userId) return null;
      // Unless the test says which version the token carries, it is the user's current one (a fresh sign-in).
      const user = await installedTestDb().user.findUnique({ where: { id: acting.userId }, select: { sessionVersion: true } });
      return { userId: acting.userId, sessionVersion: acting.sessionVersion ?? user?.sessionVersion ?? 0 };
    },
  };
});
