import "server-only";
import { db } from "../../db";
import type { MovementReason } from "../../generated/prisma/enums";

export type MovementRow = {
  id: string;
  at: Date;
  delta: number;
  reason: MovementReason;
  note: string | null;
  /** Who made it: a staff member's e-mail, or null for the system (sales, seed) and deleted accounts. */
  actorEmail: string | null;
  order: { id: string; number: string } | null;
};

/** A product's stock movements, newest first. */
export async function listMovements(productId: string, options: { take?: number } = {}): Promise<MovementRow[]> {
  const rows = await db.inventoryMovement.findMany({
    where: { productId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take,
    include: { actor: { select: { email: true } }, order: { select: { id: true, number: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    at: row.createdAt,
    delta: row.delta,
    reason: row.reason,
    note: row.note,
    actorEmail: row.actor?.email ?? null,
    order: row.order,
  }));
}
