import type { StockState } from "./types";

/** Units at or below this count show as "only N left". */
export const LOW_STOCK_DISPLAY = 5;

export function stockState(available: number): StockState {
  if (available <= 0) return { kind: "sold_out" };
  if (available <= LOW_STOCK_DISPLAY) return { kind: "low", left: available };
  return { kind: "in_stock", available };
}
