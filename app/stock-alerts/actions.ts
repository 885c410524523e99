"use server";
// "E-mail me when it's back" (the product page's form for a sold-out device) and the two links its
// e-mails carry. Each link's page reads the alert; the click here changes it and shows the page again.

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { clientAddress } from "@/lib/http/client-address";
import {
  ALERT_REQUESTED,
  alertLinkSchema,
  alertRequestsRateLimited,
  confirmStockAlert,
  LINK_REFUSALS,
  PRODUCT_NOT_SOLD,
  requestStockAlert,
  stockAlertRequestSchema,
  unsubscribeStockAlert,
} from "@/lib/stock-alerts";
import { CONFIRM_PATH, UNSUBSCRIBE_PATH } from "@/lib/stock-alerts/alert-links";

export const requestStockAlertAction = publicAction(stockAlertRequestSchema, async (input) => {
  const result = await requestStockAlert(input, { ip: await clientAddress() });
  if (result.ok) return { ok: true, data: undefined, message: ALERT_REQUESTED };
  if (result.code === "RATE_LIMITED") return refusal(result.code, alertRequestsRateLimited(result.retryAfterSeconds));
  return refusal(result.code, PRODUCT_NOT_SOLD);
});

export const confirmStockAlertAction = publicAction(alertLinkSchema, async ({ token }) => {
  const result = await confirmStockAlert(token);
  if (!result.ok) return refusal(result.code, LINK_REFUSALS[result.code]);
  redirect(`${CONFIRM_PATH}?token=${encodeURIComponent(token)}`);
});

export const unsubscribeStockAlertAction = publicAction(alertLinkSchema, async ({ token }) => {
  const result = await unsubscribeStockAlert(token);
  if (!result.ok) return refusal(result.code, LINK_REFUSALS[result.code]);
  redirect(`${UNSUBSCRIBE_PATH}?alert=${encodeURIComponent(token)}`);
});
