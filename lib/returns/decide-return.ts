// Staff answer a return request: approve it (the shopper is told how to send the parcel) or decline it with
// a reason the shopper reads. The move is a conditional update from REQUESTED, so two people answering at
// once make one decision; the timeline entry and the audit row commit with it and the e-mail follows.
import "server-only";
import { recordAudit } from "../audit/record-audit";
import { withRetry } from "../database/retry";
import { db } from "../db";
import type { Refused, Result } from "../result";
import { sendReturnMailSafely } from "./return-mail";

export type DecideReturnInput =
  | { returnId: string; decision: "APPROVED"; actorId: string }
  | { returnId: string; decision: "DECLINED"; reason: string; actorId: string };

export type DecideReturnRefusal = Refused<"NOT_FOUND" | "ALREADY_DECIDED">;
export type DecideReturnResult = Result<{ orderId: string; mailed: boolean }, DecideReturnRefusal>;

export async function decideReturn(input: DecideReturnInput, now = new Date()): Promise<DecideReturnResult> {
  const decisionReason = input.decision === "DECLINED" ? input.reason : null;
  const result = await withRetry(() =>
    db.$transaction(async (tx): Promise<DecideReturnResult> => {
      const request = await tx.returnRequest.findUnique({ where: { id: input.returnId }, include: { order: { select: { number: true } } } });
      if (!request) return { ok: false, code: "NOT_FOUND" };
      const { count } = await tx.returnRequest.updateMany({
        where: { id: request.id, status: "REQUESTED" },
        data: { status: input.decision, decisionReason, decidedById: input.actorId, decidedAt: now },
      });
      if (count !== 1) return { ok: false, code: "ALREADY_DECIDED" };
      await tx.orderEvent.create({
        data: {
          orderId: request.orderId,
          type: input.decision === "APPROVED" ? "return_approved" : "return_declined",
          message: input.decision === "APPROVED" ? "Return approved; the customer was sent the return instructions." : `Return declined: ${decisionReason}`,
          data: { returnId: request.id },
        },
      });
      await recordAudit(tx, {
        actorId: input.actorId,
        action: input.decision === "APPROVED" ? "return.approve" : "return.decline",
        entityType: "return_request",
        entityId: request.id,
        before: { status: request.status, order: request.order.number },
        after: { status: input.decision, ...(decisionReason ? { decisionReason } : {}) },
      });
      return { ok: true, orderId: request.orderId, mailed: false };
    }),
  );
  if (!result.ok) return result;
  return { ...result, mailed: await sendReturnMailSafely(input.returnId) };
}
