// What an admin reads after changing someone's role.
import type { Role } from "../../generated/prisma/enums";
import type { ChangeRoleResult } from "./change-role";

export const ROLE_REFUSALS = {
  NOT_FOUND: "This account no longer exists.",
  LAST_ADMIN: "This is the only admin left. Make someone else an admin first.",
  CHANGED_MEANWHILE: "Someone changed this account's role a moment ago. Reload to see it.",
} satisfies Record<Extract<ChangeRoleResult, { ok: false }>["code"], string>;

export const roleChangedMessage = (email: string, role: Role, changed: boolean) => (changed ? `${email} is now ${role.toLowerCase()}.` : "No change.");
