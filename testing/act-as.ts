// Integration tests: make the next session reads see this user (or nobody). Only the session read
// (lib/auth/session-claims, mocked in setup-integration.ts) is replaced; the user lookup, the session
// version check, roles and permission checks that follow are the real code.
import type { Db } from "../lib/database/create-client";
import type { Role } from "../lib/generated/prisma/enums";

/** sessionVersion: the version the acting session's token carries; unset, the user's current one. */
type Acting = { userId: string | null; sessionVersion?: number };

let acting: Acting | undefined;

export function actAs(userId: string | null, options: { sessionVersion?: number } = {}): void {
  acting = { userId, sessionVersion: options.sessionVersion };
}

export function stopActing(): void {
  acting = undefined;
}

/** Who the test acts as, or undefined when it does not (then the real session read runs). */
export function actingAs(): Acting | undefined {
  return acting;
}

export async function createUser(db: Db, role: Role, email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@test.example`) {
  return db.user.create({ data: { email, role, name: `${role} tester` } });
}
