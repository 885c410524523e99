// Staff looked at a flagged order and dealt with it: the flag is cleared, with a note on the timeline
// and an audit row saying who cleared what, in one transaction.
import "server-only";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db";
import type { Refused, Result } from "../../result";

export type ResolveAttentionInput = { orderId: string; note: string; actorId: string };
export type ResolveAttentionRefusal = Refused<"NOT_FOUND" | "NOT_FLAGGED">;
export type ResolveAttentionResult = Result<object, ResolveAttentionRefusal>;

export async function resolveAttention(input: ResolveAttentionInput): Promise<ResolveAttentionResult> {
  return db.$transaction(async (tx): Promise<ResolveAttentionResult> => {
    const order = await tx.order.findUnique({ where: { id: input.orderId }, select: { attention: true } });
    if (!order) return { ok: false, code: "NOT_FOUND" };
    const { count } = await tx.order.updateMany({ where: { id: input.orderId, attention: order.attention ?? "" }, data: { attention: null } });
    if (!order.attention || !count) return { ok: false, code: "NOT_FLAGGED" };
    await tx.orderEvent.create({ data: { orderId: input.orderId, type: "attention_resolved", message: `Flag cleared: ${input.note}` } });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "order.resolve_attention",
      entityType: "order",
      entityId: input.orderId,
      before: { attention: order.attention },
      after: { attention: null, note: input.note },
    });
    return { ok: true };
  });
}
