// Payments the store must give back (a payment for a cancelled, refunded or sold-out expired order) are
// first recorded as owed, in the transaction that decided it, then sent to the provider. A try that fails
// leaves the row owed; the webhook's redelivery, the scheduled sweep and reconciliation try again until
// the provider confirms. The idempotency key changes only after the provider answered with an error (it
// replays a saved error to its key); after no answer it stays, so a refund made but unconfirmed is not
// made twice.
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { requestLogger } from "../log/request-logger";
import { ProviderCallError, type PaymentProvider } from "../payments/types";

export async function oweRefund(tx: Prisma.TransactionClient, refund: { orderId: string; paymentId: string; amountCents: number; reason: string }): Promise<void> {
  await tx.owedRefund.upsert({ where: { paymentId: refund.paymentId }, create: refund, update: {} });
}

export type OwedRefundsResult = { refunded: number; stillOwed: number };

/** Tries every refund still owed (of one order, or all); never throws for a provider failure. */
export async function payOwedRefunds(provider: PaymentProvider, scope: { orderId?: string } = {}, now = new Date()): Promise<OwedRefundsResult> {
  const owed = await db.owedRefund.findMany({
    where: { refundedAt: null, orderId: scope.orderId, order: { provider: provider.name } },
    include: { order: { select: { providerPaymentId: true, totalCents: true } } },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  const result = { refunded: 0, stillOwed: 0 };
  for (const refund of owed) {
    try {
      await provider.refund(refund.paymentId, refund.amountCents, `owed-refund:${refund.id}:${refund.attempts}`);
    } catch (error) {
      const answered = error instanceof ProviderCallError && error.answered;
      (await requestLogger()).error({ err: error, orderId: refund.orderId, paymentId: refund.paymentId }, "refund owed: the provider did not refund; retried later");
      await db.owedRefund.update({
        where: { id: refund.id },
        data: { attempts: answered ? { increment: 1 } : undefined, lastError: error instanceof Error ? error.message.slice(0, 500) : String(error) },
      });
      result.stillOwed++;
      continue;
    }
    await db.$transaction(async (tx) => {
      await tx.owedRefund.update({ where: { id: refund.id }, data: { refundedAt: now, lastError: null } });
      // The test provider sends no refund notice; Stripe's charge.refunded records the order's refunded total.
      if (provider.name === "TEST" && refund.order.providerPaymentId === refund.paymentId) {
        await tx.order.update({ where: { id: refund.orderId }, data: { refundedCents: Math.min(refund.order.totalCents, refund.amountCents) } });
      }
      await tx.orderEvent.create({ data: { orderId: refund.orderId, type: "refund_sent", message: `Refund of ${refund.amountCents} cents sent for payment ${refund.paymentId}.` } });
    });
    result.refunded++;
  }
  return result;
}
