// Single-use links sent by e-mail. The link carries 32 random bytes; the database keeps only their sha256,
// so a leaked copy of the table opens nothing. Redeeming is one conditional update, so a link works once
// even when it is followed twice at the same moment.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import type { AccountTokenPurpose } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import type { Result, Refused } from "../result";

type Client = Prisma.TransactionClient;

export const TOKEN_LIFETIME_SECONDS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 60 * 60,
  VERIFY_EMAIL: 24 * 60 * 60,
};

export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

type IssueOptions = { userId: string; purpose: AccountTokenPurpose; email?: string; now?: Date };

/** Stores the hash of a new token and returns the token itself, for the link (it is not kept anywhere). */
export async function issueAccountToken(client: Client, { userId, purpose, email, now = new Date() }: IssueOptions): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await client.accountToken.create({
    data: {
      userId,
      purpose,
      email,
      tokenHash: hashAccountToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_SECONDS[purpose] * 1000),
    },
  });
  return token;
}

export type RedeemRefusal = Refused<"TOKEN_UNKNOWN"> | Refused<"TOKEN_USED"> | Refused<"TOKEN_EXPIRED">;
export type Redeemed = Result<{ userId: string; email: string | null }, RedeemRefusal>;

/** Whether a link would work now, without using it (so its page can say at once that it will not). */
export async function checkAccountToken(client: Client, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<Result<object, RedeemRefusal>> {
  const row = await client.accountToken.findUnique({ where: { tokenHash: hashAccountToken(token) } });
  if (!row || row.purpose !== purpose) return { ok: false, code: "TOKEN_UNKNOWN" };
  if (row.usedAt) return { ok: false, code: "TOKEN_USED" };
  if (row.expiresAt <= now) return { ok: false, code: "TOKEN_EXPIRED" };
  return { ok: true };
}

/** For a link's page: checkAccountToken on the store's database. */
export const accountLinkStatus = (token: string, purpose: AccountTokenPurpose) => checkAccountToken(db, token, purpose);

/** Marks the token used and says whose it is; a token of another purpose is unknown here. */
export async function redeemAccountToken(client: Client, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<Redeemed> {
  const status = await checkAccountToken(client, token, purpose, now);
  if (!status.ok) return status;
  const row = await client.accountToken.findUniqueOrThrow({ where: { tokenHash: hashAccountToken(token) } });
  const claimed = await client.accountToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) return { ok: false, code: "TOKEN_USED" };
  return { ok: true, userId: row.userId, email: row.email };
}

/** Makes every other open link of this purpose useless (a reset ends the others; a confirmed e-mail too). */
export async function retireAccountTokens(client: Client, userId: string, purpose: AccountTokenPurpose, now = new Date()): Promise<void> {
  await client.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
}
