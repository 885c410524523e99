// Releases checkout holds that have lapsed, for a scheduler: Vercel Cron, a crontab line with curl, a
// Kubernetes CronJob, sending `Authorization: Bearer $CRON_SECRET`. Every checkout already sweeps before it
// reserves, and Stripe's expiry webhook ends its own sessions; this covers quiet hours and lost events, so
// held units go back on sale (and on the product pages) within the schedule's interval. It also retries
// refunds the store still owes (lib/orders/refund-owed.ts), mails back-in-stock alerts a crash may have
// left unsent, mails review invitations for orders shipped two weeks ago (lib/reviews, each order once), and
// deletes carts abandoned for 60 days and ended rate-limit windows, so neither table grows without end.
import { connection } from "next/server";
import { stockChanged } from "@/lib/catalog/stock-changed";
import { env } from "@/lib/env";
import { bearerMatches } from "@/lib/http/bearer";
import { jsonError, routeMethods } from "@/lib/http/route-methods";
import { notifyBackInStockSafely } from "@/lib/inventory/notify-back-in-stock";
import { requestLogger } from "@/lib/log/request-logger";
import { purgeStaleRows } from "@/lib/maintenance/purge-stale-rows";
import { payOwedRefunds } from "@/lib/orders/refund-owed";
import { sweepOverdue } from "@/lib/orders/start-checkout";
import { paymentProvider } from "@/lib/payments/provider";
import { sendReviewInvitations } from "@/lib/reviews";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: releaseHolds });

async function releaseHolds(request: Request): Promise<Response> {
  await connection(); // a job run, never prerendered or cached
  const secret = env().CRON_SECRET;
  if (!secret) return jsonError(404, "Scheduled jobs are off on this store: set CRON_SECRET to use them.");
  if (!bearerMatches(request.headers.get("authorization"), secret)) {
    return jsonError(401, "Send the scheduler's token as Authorization: Bearer <CRON_SECRET>.", { "www-authenticate": "Bearer" });
  }
  const provider = paymentProvider();
  const released = await sweepOverdue(provider);
  if (released > 0) stockChanged();
  // Each stock write mails its own back-in-stock alerts; this catches any a crash between commit and mail left.
  await notifyBackInStockSafely();
  const refunds = await payOwedRefunds(provider);
  const reviewInvitations = await sendReviewInvitations();
  // After the release, so the carts of holds that just lapsed are no longer protected by a pending order.
  const purged = await purgeStaleRows();
  const result = { released, refunds, reviewInvitations, ...purged };
  (await requestLogger()).info(result, "cron: released lapsed holds, retried owed refunds, sent review invitations, deleted stale rows");
  return Response.json(result, { headers: { "cache-control": "no-store" } });
}
