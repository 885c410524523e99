// Deleting an account: orders stay for the books, with the personal data in them replaced; carts and the
// user row (with its links, tokens and OAuth accounts, by cascade) go. Staff accounts are removed by an
// administrator instead, so the store cannot lose its last admin this way.
import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Result, Refused } from "../result";
import { checkCurrentPassword, type PasswordCheck } from "./check-current-password";

/** What a kept order shows where the customer's details were. */
export const ERASED = { email: "deleted-account@invalid", name: "Deleted account" } as const;

export type DeleteAccountResult = Result<object, Exclude<PasswordCheck, { ok: true }> | Refused<"STAFF_ACCOUNT">>;

export async function deleteAccount(userId: string, currentPassword: string): Promise<DeleteAccountResult> {
  const check = await checkCurrentPassword(userId, currentPassword);
  if (!check.ok) return check;
  if (check.role !== "CUSTOMER") return { ok: false, code: "STAFF_ACCOUNT" };
  await db.$transaction(async (tx) => {
    await tx.order.updateMany({
      where: { userId },
      data: { userId: null, email: ERASED.email, shippingName: ERASED.name, shippingAddress: Prisma.DbNull },
    });
    await tx.cart.deleteMany({ where: { userId } });
    await tx.user.delete({ where: { id: userId } });
  });
  return { ok: true };
}
