/**
 * Whether a write failed on a unique index (Prisma's P2002), optionally on one column: the column is
 * looked for in the error's meta and message, because the drivers word it differently.
 */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const e = error as { code?: unknown; meta?: unknown; message?: unknown } | null;
  if (!e || typeof e !== "object" || e.code !== "P2002") return false;
  return column === undefined || `${JSON.stringify(e.meta ?? {})} ${String(e.message ?? "")}`.includes(column);
}
