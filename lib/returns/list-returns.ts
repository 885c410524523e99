// The back office's returns list: open requests first (oldest waiting longest at the top), then the closed
// ones, newest first.
import "server-only";
import { db } from "../db";
import type { ReturnStatus } from "../generated/prisma/enums";
import { OPEN_RETURN_STATES } from "./returnable";

export type ReturnRow = { id: string; orderId: string; orderNumber: string; email: string; status: ReturnStatus; createdAt: Date; units: number };

export async function listReturns({ take = 100 }: { take?: number } = {}): Promise<ReturnRow[]> {
  const include = { order: { select: { number: true, email: true } }, lines: { select: { quantity: true } } };
  const open = await db.returnRequest.findMany({ where: { status: { in: [...OPEN_RETURN_STATES] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take, include });
  const closed = await db.returnRequest.findMany({
    where: { status: { notIn: [...OPEN_RETURN_STATES] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.max(0, take - open.length),
    include,
  });
  return [...open, ...closed].map((r) => ({
    id: r.id,
    orderId: r.orderId,
    orderNumber: r.order.number,
    email: r.order.email,
    status: r.status,
    createdAt: r.createdAt,
    units: r.lines.reduce((sum, line) => sum + line.quantity, 0),
  }));
}
