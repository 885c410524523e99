// Orders someone must look at (late payment refunded, amount mismatch, dispute), newest first.
import "server-only";
import { db } from "../../db";

export type AttentionOrder = { id: string; number: string; email: string; status: string; attention: string; updatedAt: Date };

export async function findAttentionOrders(take = 10): Promise<AttentionOrder[]> {
  const orders = await db.order.findMany({
    where: { attention: { not: null } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, number: true, email: true, status: true, attention: true, updatedAt: true },
  });
  return orders.map((order) => ({ ...order, attention: order.attention ?? "" }));
}
