// A new password ends every other session (the version goes up); the caller keeps this browser's session
// by re-issuing its token with the returned version.
import "server-only";
import { db } from "../db";
import { hashPassword } from "../auth/password";
import { passwordContainsEmail } from "../auth/schemas";
import type { Result, Refused } from "../result";
import { checkCurrentPassword, type PasswordCheck } from "./check-current-password";

export type ChangePasswordResult = Result<{ sessionVersion: number }, Exclude<PasswordCheck, { ok: true }> | Refused<"PASSWORD_CONTAINS_EMAIL">>;

export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }): Promise<ChangePasswordResult> {
  const check = await checkCurrentPassword(userId, input.currentPassword);
  if (!check.ok) return check;
  if (passwordContainsEmail(input.newPassword, check.email)) return { ok: false, code: "PASSWORD_CONTAINS_EMAIL" };
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { ok: true, sessionVersion: updated.sessionVersion };
}
