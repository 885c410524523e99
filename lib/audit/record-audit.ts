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

/** One on/off field (published, active) flipped to `value`; `label` names the thing in both halves. */
export type SwitchEntry = Omit<AuditEntry, "before" | "after"> & { field: string; value: boolean; label?: Record<string, unknown> };

export async function recordSwitch(tx: Prisma.TransactionClient, { field, value, label, ...entry }: SwitchEntry): Promise<void> {
  await recordAudit(tx, { ...entry, before: { ...label, [field]: !value }, after: { ...label, [field]: value } });
}
