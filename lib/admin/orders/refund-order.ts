// Refunds part or all of a paid order. The provider is asked first, with an idempotency key made from
// the order's refunded total before this refund, so a double click or a retry after a crash refunds
// once; then the order's refunded total and status, its timeline entry and the audit row are written in
// one transaction, conditional on nobody having refunded in between.
import "server-only";
import { recordAudit } from "../../audit/record-audit";
import { withRetry } from "../../database/retry";
import { db } from "../../db";
import { paymentProvider } from "../../payments/provider";
import type { PaymentProvider } from "../../payments/types";
import { requestLogger } from "../../log/request-logger";
import { formatMoney } from "../../money";
import type { Refused, Result } from "../../result";
import { transition } from "../../orders/life-cycle";
import { REFUNDABLE } from "./get-admin-order";

export type RefundOrderInput = { orderId: string; amountCents: number; actorId: string };
export type RefundOrderRefusal =
  | Refused<"NOT_FOUND" | "NOT_REFUNDABLE" | "NO_PAYMENT" | "INVALID_AMOUNT" | "PROVIDER_FAILED" | "CHANGED">
  | Refused<"OVER_REFUND", { refundableCents: number }>;
export type RefundOrderResult = Result<{ refundedCents: number; status: "PARTIALLY_REFUNDED" | "REFUNDED" }, RefundOrderRefusal>;

export type OrderMoneyOptions = { provider?: PaymentProvider; now?: Date };

export async function refundOrder(input: RefundOrderInput, options: OrderMoneyOptions = {}): Promise<RefundOrderResult> {
  const order = await db.order.findUnique({ where: { id: input.orderId } });
  if (!order) return { ok: false, code: "NOT_FOUND" };
  if (!REFUNDABLE.includes(order.status)) return { ok: false, code: "NOT_REFUNDABLE" };
  if (!order.providerPaymentId) return { ok: false, code: "NO_PAYMENT" };
  if (!Number.isInteger(input.amountCents) || input.amountCents < 1) return { ok: false, code: "INVALID_AMOUNT" };
  const refundableCents = order.totalCents - order.refundedCents;
  if (input.amountCents > refundableCents) return { ok: false, code: "OVER_REFUND", refundableCents };

  const provider = options.provider ?? paymentProvider();
  if (provider.name !== order.provider) return { ok: false, code: "NO_PAYMENT" };
  try {
    await provider.refund(order.providerPaymentId, input.amountCents, `refund:${order.id}:${order.refundedCents}:${input.amountCents}`);
  } catch (error) {
    (await requestLogger()).error({ err: error, orderId: order.id }, "refundOrder: the payment provider refused the refund");
    return { ok: false, code: "PROVIDER_FAILED" };
  }

  const refundedCents = order.refundedCents + input.amountCents;
  const status = refundedCents >= order.totalCents ? "REFUNDED" : "PARTIALLY_REFUNDED";
  return withRetry(() =>
    db.$transaction(async (tx): Promise<RefundOrderResult> => {
      const moved = await transition(tx, order, status, { refundedCents }, { refundedCents: order.refundedCents });
      if (!moved) return { ok: false, code: "CHANGED" };
      await tx.orderEvent.create({
        data: {
          orderId: order.id,
          type: "refunded",
          message: `Refunded ${formatMoney(input.amountCents, order.currency)} (${formatMoney(refundedCents, order.currency)} of ${formatMoney(order.totalCents, order.currency)} in all).`,
          data: { amountCents: input.amountCents, refundedCents },
        },
      });
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "order.refund",
        entityType: "order",
        entityId: order.id,
        before: { status: order.status, refundedCents: order.refundedCents },
        after: { status, refundedCents, amountCents: input.amountCents },
      });
      return { ok: true, refundedCents, status };
    }),
  );
}
