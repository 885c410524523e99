import type { StockState } from "./types";

/** Units at or below this count show as "only N left". */
export const LOW_STOCK_DISPLAY = 5;

export function stockState(available: number): StockState {
  if (available <= 0) return { kind: "sold_out" };
  if (available <= LOW_STOCK_DISPLAY) return { kind: "low", left: available };
  return { kind: "in_stock", available };
}

/**
 * Whether any product page would show something else after these stock moves: its state or the count it
 * shows. Moves of one product are netted first, so a checkout that gives back and takes the same units
 * (a replaced checkout of the same cart) changes nothing a shopper sees.
 */
export function shownStockChanged(changes: readonly { productId: string; availableBefore: number; availableAfter: number }[]): boolean {
  const net = new Map<string, { before: number; after: number }>();
  for (const c of changes) {
    const seen = net.get(c.productId);
    net.set(c.productId, { before: seen?.before ?? c.availableBefore, after: c.availableAfter });
  }
  return [...net.values()].some(({ before, after }) => JSON.stringify(stockState(before)) !== JSON.stringify(stockState(after)));
}
