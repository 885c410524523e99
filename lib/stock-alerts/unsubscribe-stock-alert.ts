// The unsubscribe link of every alert e-mail: the alert's id signed by the store, so a changed or made-up
// link is refused. Unsubscribing twice is no error; the alert stays off until asked for anew.
import "server-only";
import { authSecret } from "../auth/secret";
import { db } from "../db";
import type { Refused, Result } from "../result";
import { alertIdFromUnsubscribeToken } from "./alert-tokens";
import { ALERT_VIEW_SELECT, toAlertView, type AlertView } from "./alert-view";

export type UnsubscribeRefusal = Refused<"TOKEN_UNKNOWN">;

export async function unsubscribeLinkStatus(token: string): Promise<Result<{ alert: AlertView }, UnsubscribeRefusal>> {
  const id = alertIdFromUnsubscribeToken(token, authSecret());
  const row = id ? await db.stockAlert.findUnique({ where: { id }, select: ALERT_VIEW_SELECT }) : null;
  if (!row) return { ok: false, code: "TOKEN_UNKNOWN" };
  return { ok: true, alert: toAlertView(row) };
}

export async function unsubscribeStockAlert(token: string, now = new Date()): Promise<Result<{ alert: AlertView }, UnsubscribeRefusal>> {
  const status = await unsubscribeLinkStatus(token);
  if (!status.ok) return status;
  await db.stockAlert.updateMany({ where: { id: status.alert.id, status: { not: "UNSUBSCRIBED" } }, data: { status: "UNSUBSCRIBED", unsubscribedAt: now } });
  return { ok: true, alert: { ...status.alert, status: "UNSUBSCRIBED" } };
}
