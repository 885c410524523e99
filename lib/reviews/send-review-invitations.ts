// The scheduled job's review invitations: each order shipped REVIEW_INVITATION_DELAY_DAYS ago (14 by default)
// and still kept gets one e-mail with its signed review link. The claim is one conditional UPDATE (set
// review_invited_at where it is still null, RETURNING the rows it set), so two runs of the job at once never
// mail the same order twice: the second run's update finds the column set and skips the row.
import "server-only";
import { ERASED } from "../account/delete-account";
import { db } from "../db";
import { env } from "../env";
import { requestLogger } from "../log/request-logger";
import { sendInvitationMail } from "./invitation-mail";

/** Orders shipped longer ago than the delay plus this are left alone (they shipped before the job could invite). */
export const INVITATION_WINDOW_DAYS = 30;
/** At most this many mails per run, so one run stays short; the rest go at the next run. */
export const INVITATIONS_PER_RUN = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

type Claimed = { id: string; number: string; email: string; fulfilled_at: Date; review_invited_at: Date };

/** Sends the invitations due at `now`; returns how many were mailed. */
export async function sendReviewInvitations(now = new Date()): Promise<number> {
  const due = new Date(now.getTime() - env().REVIEW_INVITATION_DELAY_DAYS * DAY_MS);
  const oldest = new Date(due.getTime() - INVITATION_WINDOW_DAYS * DAY_MS);
  // Refunded and cancelled orders are never claimed; neither are orders of deleted accounts (no address left).
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "orders" SET "review_invited_at" = ${now}
     WHERE "id" IN (
             SELECT "id" FROM "orders"
              WHERE "review_invited_at" IS NULL
                AND "status" IN ('FULFILLED', 'PARTIALLY_REFUNDED')
                AND "fulfilled_at" <= ${due} AND "fulfilled_at" > ${oldest}
                AND "email" <> ${ERASED.email}
              ORDER BY "fulfilled_at"
              LIMIT ${INVITATIONS_PER_RUN})
       AND "review_invited_at" IS NULL
    RETURNING "id", "number", "email", "fulfilled_at", "review_invited_at"`;
  if (claimed.length === 0) return 0;

  const lines = await db.orderLine.findMany({
    where: { orderId: { in: claimed.map((order) => order.id) } },
    select: { orderId: true, productName: true },
    orderBy: { productName: "asc" },
  });
  let sent = 0;
  for (const order of claimed) {
    const productNames = lines.filter((line) => line.orderId === order.id).map((line) => line.productName);
    try {
      await sendInvitationMail({
        orderId: order.id,
        number: order.number,
        email: order.email,
        shippedAt: order.fulfilled_at,
        invitedAt: order.review_invited_at,
        productNames,
      });
      sent += 1;
    } catch (error) {
      // Give the claim back (only ours: the same claim time), so the next run tries this order again.
      (await requestLogger()).error({ err: error, orderId: order.id }, "review invitation could not be sent");
      await db.$executeRaw`UPDATE "orders" SET "review_invited_at" = NULL WHERE "id" = ${order.id} AND "review_invited_at" = ${order.review_invited_at}`;
    }
  }
  return sent;
}
