// For payments whose webhook never arrived: asks the provider for paid sessions of the last days and
// applies those whose order is not marked paid yet, through the same code as the webhook.
import { db } from "../db";
import type { PaymentProvider } from "../payments/types";
import { settlePayment } from "./settle-payment";

export type ReconcileLine = { sessionId: string; orderId: string | null; orderNumber: string | null; outcome: string };

export async function reconcilePayments(provider: PaymentProvider, options: { days: number; dryRun?: boolean; now?: Date }): Promise<ReconcileLine[]> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - options.days * 24 * 3600_000);
  const lines: ReconcileLine[] = [];
  for (const session of await provider.listPaidSessions(since)) {
    const order = session.orderId ? await db.order.findUnique({ where: { id: session.orderId }, select: { id: true, number: true, status: true } }) : null;
    if (!order) {
      lines.push({ sessionId: session.sessionId, orderId: session.orderId, orderNumber: null, outcome: "no such order here" });
      continue;
    }
    if (order.status !== "PENDING" && order.status !== "CANCELLED") continue; // already paid: nothing missed
    const outcome = options.dryRun
      ? "would apply"
      : await settlePayment(
          {
            eventId: `reconcile:${session.sessionId}`,
            eventType: "reconcile.session_paid",
            provider: provider.name,
            orderId: order.id,
            sessionId: session.sessionId,
            paymentId: session.paymentId,
            amountTotal: session.amountTotal,
          },
          provider,
          now,
        );
    lines.push({ sessionId: session.sessionId, orderId: order.id, orderNumber: order.number, outcome });
  }
  return lines;
}
