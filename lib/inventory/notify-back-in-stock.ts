// When a device can be bought again (a restock, released holds, a cancelled order, a return), everyone
// whose alert for it is confirmed gets one e-mail. Callers run this after any stock write that may raise
// what is available; it looks at the stock itself, so it does not matter which write that was. The
// "once" is the claim: one UPDATE moves CONFIRMED rows to SENT and returns only the rows it moved, so two
// restocks at once (or two instances) each get different rows, and a later restock finds none.
import { db } from "../db";
import { requestLogger } from "../log/request-logger";
import { sendMail } from "../mail/send-mail";
import { productLink, unsubscribeLink } from "../stock-alerts/alert-links";
import { backInStockMail } from "../stock-alerts/messages";

type Claimed = { id: string; email: string; name: string; slug: string };

/** Sends what is due and says how many e-mails went out. */
export async function notifyBackInStock(now = new Date()): Promise<number> {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "stock_alerts" AS a SET "status" = 'SENT', "sent_at" = ${now}
      FROM "products" AS p
     WHERE p."id" = a."product_id" AND a."status" = 'CONFIRMED' AND p."active" AND p."stock" - p."reserved" > 0
    RETURNING a."id", a."email", p."name", p."slug"`;
  let sent = 0;
  for (const alert of claimed) {
    const unsubscribe = unsubscribeLink(alert.id);
    try {
      await sendMail({ to: alert.email, ...backInStockMail({ productName: alert.name, productLink: productLink(alert.slug), unsubscribeLink: unsubscribe }), list: { unsubscribe } });
      sent += 1;
    } catch (error) {
      // Not sent: the alert waits for the next stock change instead of being lost.
      await db.stockAlert.updateMany({ where: { id: alert.id, status: "SENT", sentAt: now }, data: { status: "CONFIRMED", sentAt: null } });
      (await requestLogger()).error({ err: error, alertId: alert.id }, "back-in-stock e-mail failed");
    }
  }
  return sent;
}

/** For callers after a stock write: an alert must never fail the change that caused it. */
export async function notifyBackInStockSafely(): Promise<void> {
  await notifyBackInStock().catch(async (error) => (await requestLogger()).error({ err: error }, "back-in-stock alerts failed"));
}
