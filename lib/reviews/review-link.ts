// The review invitation's link: the order id signed for the purpose "review", expiring 60 days after the
// invitation was claimed. The expiry derives from the stored claim time, so the same order always gets the
// same link, and a forwarded or leaked link stops working after two months.
import "server-only";
import { authSecret } from "../auth/secret";
import { env } from "../env";
import { signId, verifySignedId } from "../signing/signed-id";

export const REVIEW_FORM_PATH = "/reviews/new";
export const REVIEW_LINK_DAYS = 60;
const PURPOSE = "review";
const DAY_MS = 24 * 60 * 60 * 1000;

export function reviewToken(orderId: string, invitedAt: Date, secret = authSecret()): string {
  return signId(orderId, { purpose: PURPOSE, secret, expiresAt: new Date(invitedAt.getTime() + REVIEW_LINK_DAYS * DAY_MS) });
}

/** The order id of an intact, unexpired review link; else null (tampered, expired, made for another use). */
export function verifyReviewToken(token: string | null | undefined, now = new Date(), secret = authSecret()): string | null {
  return verifySignedId(token, { purpose: PURPOSE, secret, expiring: true, now });
}

/** Absolute, on APP_URL (never a request's host), with the token as `?token=` like the store's other mailed links. */
export function reviewLink(orderId: string, invitedAt: Date): string {
  return new URL(`${REVIEW_FORM_PATH}?token=${encodeURIComponent(reviewToken(orderId, invitedAt))}`, env().APP_URL).toString();
}
