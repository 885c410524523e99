// Single-use links sent by e-mail. The link carries 32 random bytes; the database keeps only their sha256,
// so a leaked copy of the table opens nothing. Redeeming is one conditional update, so a link works once
// even when it is followed twice at the same moment.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
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

/** Marks the token used and says whose it is; a token of another purpose is unknown here. */
export async function redeemAccountToken(client: Client, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<Redeemed> {
  const tokenHash = hashAccountToken(token);
  const row = await client.accountToken.findUnique({ where: { tokenHash } });
  if (!row || row.purpose !== purpose) return { ok: false, code: "TOKEN_UNKNOWN" };
  if (row.usedAt) return { ok: false, code: "TOKEN_USED" };
  if (row.expiresAt <= now) return { ok: false, code: "TOKEN_EXPIRED" };
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
