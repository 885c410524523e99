/** Which unique column a Prisma P2002 error names, if any (the message differs between drivers). */
export function uniqueViolation(error: unknown): "slug" | "sku" | "other" | null {
  const e = error as { code?: string; meta?: unknown; message?: string } | null;
  if (e?.code !== "P2002") return null;
  const where = `${JSON.stringify(e.meta ?? {})} ${e.message ?? ""}`;
  if (where.includes("slug")) return "slug";
  if (where.includes("sku")) return "sku";
  return "other";
}
