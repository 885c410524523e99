// The parcel of an approved return has arrived: its units go back on hand (RETURN movements through
// lib/inventory, exactly the request's lines and quantities) and the request records what those units were
// paid for, which the refund form then offers. The move is a conditional update from APPROVED in the same
// transaction as the stock, so two people pressing "Mark received" at once put the units back once.
// The refund itself stays a separate, deliberate step (lib/admin/orders/refund-order.ts).
import "server-only";
import { recordAudit } from "../audit/record-audit";
import { withRetry } from "../database/retry";
import { db } from "../db";
import { returnStock } from "../inventory/return-stock";
import { formatMoney } from "../money";
import type { Refused, Result } from "../result";
import { returnRefundCents } from "./return-refund";
import { sendReturnMailSafely } from "./return-mail";

export type ReceiveReturnInput = { returnId: string; actorId: string };
export type ReceiveReturnRefusal = Refused<"NOT_FOUND" | "NOT_APPROVED">;
export type ReceiveReturnResult = Result<{ orderId: string; refundCents: number; mailed: boolean }, ReceiveReturnRefusal>;

export async function receiveReturn(input: ReceiveReturnInput, now = new Date()): Promise<ReceiveReturnResult> {
  const result = await withRetry(() =>
    db.$transaction(async (tx): Promise<ReceiveReturnResult> => {
      const request = await tx.returnRequest.findUnique({
        where: { id: input.returnId },
        include: { order: { select: { number: true, currency: true } }, lines: { include: { orderLine: true } } },
      });
      if (!request) return { ok: false, code: "NOT_FOUND" };
      const moved = await tx.returnRequest.updateMany({
        where: { id: request.id, status: "APPROVED" },
        data: { status: "RECEIVED", receivedById: input.actorId, receivedAt: now },
      });
      if (moved.count !== 1) return { ok: false, code: "NOT_APPROVED" };

      // Units of these lines received in earlier returns: each return is refunded its own share of the line.
      const earlier = await tx.returnRequestLine.groupBy({
        by: ["orderLineId"],
        where: { orderLineId: { in: request.lines.map((l) => l.orderLineId) }, returnRequest: { status: "RECEIVED", id: { not: request.id } } },
        _sum: { quantity: true },
      });
      const before = new Map(earlier.map((row) => [row.orderLineId, row._sum.quantity ?? 0]));
      const refundCents = returnRefundCents(
        request.lines.map((line) => ({ ...line.orderLine, alreadyReturned: before.get(line.orderLineId) ?? 0, returning: line.quantity })),
      );
      await tx.returnRequest.update({ where: { id: request.id }, data: { refundCents } });

      await returnStock(
        tx,
        request.lines.map((line) => ({ productId: line.orderLine.productId, quantity: line.quantity })),
        { orderId: request.orderId, actorId: input.actorId, note: `Return from order ${request.order.number} received` },
      );
      const units = request.lines.reduce((sum, line) => sum + line.quantity, 0);
      await tx.orderEvent.create({
        data: {
          orderId: request.orderId,
          type: "return_received",
          message: `Return received: ${units} unit${units === 1 ? "" : "s"} back in stock, worth ${formatMoney(refundCents, request.order.currency)} to refund.`,
          data: { returnId: request.id, refundCents },
        },
      });
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "return.receive",
        entityType: "return_request",
        entityId: request.id,
        before: { status: request.status, order: request.order.number },
        after: { status: "RECEIVED", units, refundCents },
      });
      return { ok: true, orderId: request.orderId, refundCents, mailed: false };
    }),
  );
  if (!result.ok) return result;
  return { ...result, mailed: await sendReturnMailSafely(input.returnId) };
}
