// "E-mail me when it's back": records (or renews) the address's alert for the device and mails the
// confirmation link. The answer is the same whether the address is new, waiting already or was over its
// limit, and takes at least the same time, so the form tells nobody who is on the list.
import "server-only";
import { randomUUID } from "node:crypto";
import { hitRateLimit, type RateLimitRule } from "../auth/rate-limit";
import { withMinimumDuration } from "../auth/min-duration";
import { db } from "../db";
import { sendMail } from "../mail/send-mail";
import type { Refused, Result } from "../result";
import { confirmLink, unsubscribeLink } from "./alert-links";
import { newConfirmToken } from "./alert-tokens";
import { confirmAlertMail } from "./messages";
import type { StockAlertRequest } from "./schemas";

export const STOCK_ALERT_LIMITS = {
  /** Requests from one network, whatever addresses they name. */
  perAddress: { limit: 10, windowSeconds: 60 * 60 } satisfies RateLimitRule,
  /** Confirmation mails to one address, across devices. Past it nothing is sent, silently. */
  perEmail: { limit: 3, windowSeconds: 60 * 60 } satisfies RateLimitRule,
};

export const ALERT_ANSWER_FLOOR_MS = 300;

export type StockAlertRequestResult = Result<object, Refused<"RATE_LIMITED", { retryAfterSeconds: number }> | Refused<"NOT_FOUND">>;

export async function requestStockAlert({ productId, email }: StockAlertRequest, context: { ip: string; now?: Date }): Promise<StockAlertRequestResult> {
  const byAddress = await hitRateLimit(`stock-alert:ip:${context.ip}`, STOCK_ALERT_LIMITS.perAddress);
  if (!byAddress.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: byAddress.retryAfterSeconds };
  const product = await db.product.findUnique({ where: { id: productId }, select: { name: true, active: true } });
  if (!product?.active) return { ok: false, code: "NOT_FOUND" };

  return withMinimumDuration(ALERT_ANSWER_FLOOR_MS, async () => {
    const byEmail = await hitRateLimit(`stock-alert:email:${email}`, STOCK_ALERT_LIMITS.perEmail);
    if (!byEmail.allowed) return { ok: true };
    const now = context.now ?? new Date();
    const { token, hash } = newConfirmToken();
    // One statement, so two requests at once cannot both insert. A confirmed alert is left as it is (and
    // nothing is mailed); any other starts again as PENDING with a fresh link, the earlier link retired.
    const [alert] = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "stock_alerts" ("id", "product_id", "email", "status", "confirm_token_hash", "requested_at")
      VALUES (${randomUUID()}, ${productId}, ${email}, 'PENDING', ${hash}, ${now})
      ON CONFLICT ("product_id", "email") DO UPDATE
        SET "status" = 'PENDING', "confirm_token_hash" = EXCLUDED."confirm_token_hash", "requested_at" = EXCLUDED."requested_at",
            "confirmed_at" = NULL, "sent_at" = NULL, "unsubscribed_at" = NULL
        WHERE "stock_alerts"."status" <> 'CONFIRMED'
      RETURNING "id"`;
    if (!alert) return { ok: true };
    await sendMail({
      to: email,
      ...confirmAlertMail({ productName: product.name, confirmLink: confirmLink(token), unsubscribeLink: unsubscribeLink(alert.id) }),
      list: { unsubscribe: unsubscribeLink(alert.id) },
    });
    return { ok: true };
  });
}
