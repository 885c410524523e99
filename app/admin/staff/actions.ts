"use server";

import { refresh } from "next/cache";
import { permissionAction } from "@/lib/actions/define-action";
import { changeRole, changeRoleSchema } from "@/lib/admin/staff";

const REFUSALS = {
  NOT_FOUND: "This account no longer exists.",
  LAST_ADMIN: "This is the only admin left. Make someone else an admin first.",
  CHANGED_MEANWHILE: "Someone changed this account's role a moment ago. Reload to see it.",
} as const;

export const changeRoleAction = permissionAction("staff.manage", changeRoleSchema, async (input, { user }) => {
  const result = await changeRole(input.userId, input.role, user.id);
  if (!result.ok) return { ok: false, code: result.code, formError: REFUSALS[result.code] };
  refresh();
  return { ok: true, data: undefined, message: result.changed ? `${result.email} is now ${result.role.toLowerCase()}.` : "No change." };
});
