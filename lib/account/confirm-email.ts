// Following a confirmation link: the address in the link is now the account's, and verified. For a change
// of address this is the moment the account's e-mail changes (unless another account took it meanwhile).
import "server-only";
import { db } from "../db";
import { isUniqueViolation } from "../database/unique-violation";
import type { Result, Refused } from "../result";
import { redeemAccountToken, retireAccountTokens, type RedeemRefusal } from "./account-tokens";

export type ConfirmEmailResult = Result<{ email: string }, RedeemRefusal | Refused<"EMAIL_TAKEN">>;

export async function confirmEmail(token: string, now = new Date()): Promise<ConfirmEmailResult> {
  try {
    return await db.$transaction(async (tx): Promise<ConfirmEmailResult> => {
      const redeemed = await redeemAccountToken(tx, token, "VERIFY_EMAIL", now);
      if (!redeemed.ok) return redeemed;
      const user = await tx.user.findUniqueOrThrow({ where: { id: redeemed.userId }, select: { email: true } });
      const email = redeemed.email ?? user.email;
      if (email !== user.email) await retireAccountTokens(tx, redeemed.userId, "VERIFY_EMAIL", now);
      await tx.user.update({ where: { id: redeemed.userId }, data: { email, emailVerified: now } });
      return { ok: true, email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "EMAIL_TAKEN" };
    throw error;
  }
}
