// For payments whose webhook never arrived: asks the provider for paid sessions of the last days and
// applies those whose order was never paid, through the same code as the webhook (so a payment for a
// cancelled order is refunded, not applied). Then every refund still owed is tried again.
import { db } from "../db";
import type { PaymentProvider } from "../payments/types";
import { payOwedRefunds } from "./refund-owed";
import { settlePayment } from "./settle-payment";

export type ReconcileLine = { sessionId: string; orderId: string | null; orderNumber: string | null; outcome: string };

export async function reconcilePayments(provider: PaymentProvider, options: { days: number; dryRun?: boolean; now?: Date }): Promise<ReconcileLine[]> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - options.days * 24 * 3600_000);
  const lines: ReconcileLine[] = [];
  for (const session of await provider.listPaidSessions(since)) {
    const order = session.orderId ? await db.order.findUnique({ where: { id: session.orderId }, select: { id: true, number: true, paidAt: true } }) : null;
    if (!order) {
      lines.push({ sessionId: session.sessionId, orderId: session.orderId, orderNumber: null, outcome: "no such order here" });
      continue;
    }
    // Paid once (then maybe shipped, refunded or cancelled by staff): its payment was not missed.
    if (order.paidAt) continue;
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
            taxCents: session.amountTax,
            currency: session.currency,
          },
          provider,
          now,
        );
    lines.push({ sessionId: session.sessionId, orderId: order.id, orderNumber: order.number, outcome });
  }
  if (!options.dryRun) {
    const { refunded, stillOwed } = await payOwedRefunds(provider, {}, now);
    if (refunded || stillOwed) lines.push({ sessionId: "-", orderId: null, orderNumber: null, outcome: `refunds owed: ${refunded} sent, ${stillOwed} still owed` });
  }
  return lines;
}
