import "server-only";
import { db } from "../../db";
import { recordAudit } from "../../audit/record-audit";
import type { Role } from "../../generated/prisma/enums";
import type { Refused, Result } from "../../result";

export type ChangeRoleResult = Result<{ email: string; role: Role; changed: boolean }, Refused<"NOT_FOUND" | "LAST_ADMIN" | "CHANGED_MEANWHILE">>;

/**
 * Gives a user a role (CUSTOMER takes every staff role away). The store always keeps one ADMIN:
 * demoting one first locks every ADMIN row (in id order, so two demotions cannot deadlock), and the
 * update itself only applies while another ADMIN still exists. Two admins demoting each other at the
 * same moment therefore leave one of them an ADMIN, whatever the timing.
 */
export async function changeRole(userId: string, role: Role, actorId: string): Promise<ChangeRoleResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
    if (!before) return { ok: false, code: "NOT_FOUND" } as const;
    if (before.role === role) return { ok: true, email: before.email, role, changed: false } as const;

    if (before.role === "ADMIN") {
      const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`;
      if (!admins.some((admin) => admin.id === userId)) return { ok: false, code: "CHANGED_MEANWHILE" } as const;
      if (admins.length < 2) return { ok: false, code: "LAST_ADMIN" } as const;
    }

    // Conditional: applies only if the role is still what we read, and never removes the last ADMIN.
    const changed = await tx.$executeRaw`
      UPDATE users SET role = ${role}::"Role", updated_at = now()
      WHERE id = ${userId}
        AND role = ${before.role}::"Role"
        AND (role <> 'ADMIN' OR EXISTS (SELECT 1 FROM users other WHERE other.role = 'ADMIN' AND other.id <> ${userId}))`;
    if (changed === 0) {
      const current = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
      return { ok: false, code: current?.role === before.role ? "LAST_ADMIN" : "CHANGED_MEANWHILE" } as const;
    }
    await recordAudit(tx, {
      actorId,
      action: "staff.role",
      entityType: "user",
      entityId: userId,
      before: { email: before.email, role: before.role },
      after: { email: before.email, role },
    });
    return { ok: true, email: before.email, role, changed: true } as const;
  });
}
