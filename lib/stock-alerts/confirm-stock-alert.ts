// The confirmation link: its page reads what it would do (so it can say at once that a link will not
// work), and the click confirms. Confirming again is no error: the link keeps saying "confirmed" until the
// alert is asked for anew (which replaces it) or unsubscribed.
import "server-only";
import { db } from "../db";
import { notifyBackInStockSafely } from "../inventory/notify-back-in-stock";
import type { Refused, Result } from "../result";
import { CONFIRM_LINK_LIFETIME_SECONDS, hashConfirmToken } from "./alert-tokens";
import { ALERT_VIEW_SELECT, toAlertView, type AlertView } from "./alert-view";

export type ConfirmRefusal = Refused<"TOKEN_UNKNOWN"> | Refused<"TOKEN_EXPIRED"> | Refused<"UNSUBSCRIBED">;

export async function confirmLinkStatus(token: string, now = new Date()): Promise<Result<{ alert: AlertView }, ConfirmRefusal>> {
  const row = await db.stockAlert.findUnique({ where: { confirmTokenHash: hashConfirmToken(token) }, select: ALERT_VIEW_SELECT });
  if (!row) return { ok: false, code: "TOKEN_UNKNOWN" };
  if (row.status === "UNSUBSCRIBED") return { ok: false, code: "UNSUBSCRIBED" };
  if (row.status === "PENDING" && row.requestedAt.getTime() + CONFIRM_LINK_LIFETIME_SECONDS * 1000 <= now.getTime()) {
    return { ok: false, code: "TOKEN_EXPIRED" };
  }
  return { ok: true, alert: toAlertView(row) };
}

export async function confirmStockAlert(token: string, now = new Date()): Promise<Result<{ alert: AlertView }, ConfirmRefusal>> {
  const status = await confirmLinkStatus(token, now);
  if (!status.ok || status.alert.status !== "PENDING") return status;
  // Conditional on the same link and state, so an unsubscribe or a new request meanwhile wins.
  await db.stockAlert.updateMany({
    where: { id: status.alert.id, status: "PENDING", confirmTokenHash: hashConfirmToken(token) },
    data: { status: "CONFIRMED", confirmedAt: now },
  });
  // The device may be back already (the page the shopper saw was older than the stock): mail them now.
  await notifyBackInStockSafely();
  return confirmLinkStatus(token, now);
}
