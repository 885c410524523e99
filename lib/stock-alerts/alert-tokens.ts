// The two links of a stock alert. Confirming uses a random token whose sha256 is kept on the row (a
// leaked copy of the table confirms nothing; asking again replaces it). Unsubscribing uses the alert's
// id signed with the store's secret: nothing to store, so every e-mail of the alert, old or new, carries
// a link that keeps working.
import { createHash, randomBytes } from "node:crypto";
import { signId, verifySignedId } from "../signing/signed-id";

/** A PENDING alert's confirmation link works this long after it was sent. */
export const CONFIRM_LINK_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

const UNSUBSCRIBE_PURPOSE = "stock-alert-unsubscribe";

export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashConfirmToken(token) };
}

export function hashConfirmToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const unsubscribeToken = (alertId: string, secret: string) => signId(alertId, { purpose: UNSUBSCRIBE_PURPOSE, secret });

/** The alert's id when the token is one the store signed for unsubscribing; else null. */
export const alertIdFromUnsubscribeToken = (token: string | null | undefined, secret: string) =>
  verifySignedId(token, { purpose: UNSUBSCRIBE_PURPOSE, secret, expiring: false });
