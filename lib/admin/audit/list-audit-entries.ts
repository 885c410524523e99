import "server-only";
import { db } from "../../db";

export const AUDIT_PAGE_SIZE = 25;

export type AuditEntryRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  /** The actor's e-mail, or null when the account was deleted. */
  actorEmail: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

export type AuditPage = { entries: AuditEntryRow[]; page: number; pageCount: number; total: number };

/** Newest first, AUDIT_PAGE_SIZE a page; a page past the end gives the last one. */
export async function listAuditEntries(requestedPage: number): Promise<AuditPage> {
  const total = await db.auditLog.count();
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const rows = await db.auditLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { actor: { select: { email: true } } },
  });
  return {
    entries: rows.map((row) => ({
      id: row.id,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actorEmail: row.actor?.email ?? null,
      before: row.before,
      after: row.after,
      createdAt: row.createdAt,
    })),
    page,
    pageCount,
    total,
  };
}
