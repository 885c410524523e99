"use server";

import { refresh } from "next/cache";
import { permissionAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { changeRole, changeRoleSchema, ROLE_REFUSALS, roleChangedMessage } from "@/lib/admin/staff";

export const changeRoleAction = permissionAction("staff.manage", changeRoleSchema, async (input, { user }) => {
  const result = await changeRole(input.userId, input.role, user.id);
  if (!result.ok) return refusal(result.code, ROLE_REFUSALS[result.code]);
  refresh();
  return { ok: true, data: undefined, message: roleChangedMessage(result.email, result.role, result.changed) };
});
