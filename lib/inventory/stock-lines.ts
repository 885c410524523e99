// What every stock operation takes and gives back. Lines are merged per product and sorted by product
// id before any row is touched, so two transactions that move the same products lock them in the same
// order and cannot deadlock.
import type { Prisma } from "../generated/prisma/client";

export type StockLine = { productId: string; quantity: number };

/** What a shopper could buy of one product before and after the operation (stock - reserved). */
export type StockChange = { productId: string; availableBefore: number; availableAfter: number };

export type Tx = Prisma.TransactionClient;

export function inProductOrder(lines: readonly StockLine[]): StockLine[] {
  const merged = new Map<string, number>();
  for (const line of lines) {
    if (!Number.isInteger(line.quantity) || line.quantity < 1) throw new Error(`stock: quantity must be a positive whole number, got ${line.quantity}`);
    merged.set(line.productId, (merged.get(line.productId) ?? 0) + line.quantity);
  }
  return [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([productId, quantity]) => ({ productId, quantity }));
}

/** A row the caller's own records say must be there (its order holds it) was not: the books disagree. */
export class StockInvariantError extends Error {
  constructor(operation: string, productId: string) {
    super(`stock: ${operation} found no matching units for product ${productId}; the order's records and the product row disagree`);
  }
}
