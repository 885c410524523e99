// Integration tests: make the next session reads see this user (or nobody). Only the session cookie
// read is replaced; the user lookup, roles and permission checks that follow are the real code.
import { TEST_SESSION_KEY } from "../auth/current-user";
import type { Db } from "../database/create-client";
import type { Role } from "../generated/prisma/enums";

export function actAs(userId: string | null): void {
  (globalThis as Record<symbol, unknown>)[TEST_SESSION_KEY] = userId;
}

export function stopActing(): void {
  delete (globalThis as Record<symbol, unknown>)[TEST_SESSION_KEY];
}

export async function createUser(db: Db, role: Role, email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@test.example`) {
  return db.user.create({ data: { email, role, name: `${role} tester` } });
}
