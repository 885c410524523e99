// Following a reset link: sets the new password, ends every session of the account, retires the other
// reset links and forgets the failed sign-ins, so the owner gets in at once whoever was guessing.
import "server-only";
import { db } from "../db";
import { hashPassword } from "../auth/password";
import { passwordContainsEmail } from "../auth/schemas";
import { clearSignInFailures } from "../auth/sign-in-limits";
import type { Result, Refused } from "../result";
import { hashAccountToken, redeemAccountToken, retireAccountTokens, type RedeemRefusal } from "./account-tokens";

export type ResetPasswordResult = Result<{ email: string }, RedeemRefusal | Refused<"PASSWORD_CONTAINS_EMAIL">>;

export async function resetPassword(input: { token: string; password: string }, now = new Date()): Promise<ResetPasswordResult> {
  // The policy's e-mail rule needs the account: look the link up first, without using it.
  const link = await db.accountToken.findUnique({
    where: { tokenHash: hashAccountToken(input.token) },
    select: { purpose: true, user: { select: { email: true } } },
  });
  if (link?.purpose === "PASSWORD_RESET" && passwordContainsEmail(input.password, link.user.email)) {
    return { ok: false, code: "PASSWORD_CONTAINS_EMAIL" };
  }
  const passwordHash = await hashPassword(input.password);
  const result = await db.$transaction(async (tx): Promise<ResetPasswordResult> => {
    const redeemed = await redeemAccountToken(tx, input.token, "PASSWORD_RESET", now);
    if (!redeemed.ok) return redeemed;
    await retireAccountTokens(tx, redeemed.userId, "PASSWORD_RESET", now);
    const user = await tx.user.update({
      where: { id: redeemed.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true, emailVerified: true },
    });
    // The link reached this inbox, which proves the address as well as a confirmation link would.
    if (!user.emailVerified) await tx.user.update({ where: { id: redeemed.userId }, data: { emailVerified: now } });
    return { ok: true, email: user.email };
  });
  if (result.ok) await clearSignInFailures(result.email);
  return result;
}
