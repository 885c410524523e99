// Holds units for a pending order: `reserved` rises only where `stock - reserved` covers the line, in one
// conditional statement per product. All lines or none: when a line is refused, the lines reserved
// before it are given back before returning, so a caller that goes on (a late payment that is refunded
// instead) leaves nothing held.
import { Prisma } from "../generated/prisma/client";
import { releaseStock } from "./release-stock";
import { inProductOrder, type StockChange, type StockLine, type Tx } from "./stock-lines";

export type ReserveResult = { ok: true; changes: StockChange[] } | { ok: false; productId: string; available: number };

/** `activeOnly`: a new checkout may not reserve a product taken off sale; a late payment for it may. */
export async function reserveStock(tx: Tx, lines: readonly StockLine[], options: { activeOnly: boolean }): Promise<ReserveResult> {
  const changes: StockChange[] = [];
  for (const line of inProductOrder(lines)) {
    const [row] = await tx.$queryRaw<{ available: number }[]>`
      UPDATE "products" SET "reserved" = "reserved" + ${line.quantity}, "updated_at" = now()
       WHERE "id" = ${line.productId} ${options.activeOnly ? Prisma.sql`AND "active"` : Prisma.empty} AND "stock" - "reserved" >= ${line.quantity}
      RETURNING ("stock" - "reserved")::int AS "available"`;
    if (!row) {
      if (changes.length) await releaseStock(tx, changes.map((c) => ({ productId: c.productId, quantity: c.availableBefore - c.availableAfter })));
      const fresh = await tx.product.findUnique({ where: { id: line.productId }, select: { stock: true, reserved: true } });
      return { ok: false, productId: line.productId, available: fresh ? Math.max(0, fresh.stock - fresh.reserved) : 0 };
    }
    changes.push({ productId: line.productId, availableBefore: row.available + line.quantity, availableAfter: row.available });
  }
  return { ok: true, changes };
}
