// Every admin change writes one audit row (who, what, before, after) in the same transaction as the
// change itself, so the log can never miss a change or describe one that was rolled back.
import type { Prisma } from "../generated/prisma/client";

export type AuditEntry = {
  actorId: string;
  /** e.g. "stock.adjust", "coupon.update", "order.refund" */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const json = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}
