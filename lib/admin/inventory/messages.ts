// What an editor reads after a stock adjustment.
import type { AdjustStockResult } from "./adjust-stock";
import { REASON_LABELS, type AdjustReason } from "./adjust-stock-input";

const units = (n: number) => `${n} unit${n === 1 ? "" : "s"}`;

/** Why an adjustment was refused. */
export function refusalMessage(result: Extract<AdjustStockResult, { ok: false }>, delta: number): string {
  if (result.code === "NOT_FOUND") return "This product no longer exists.";
  if (result.reserved === 0) {
    return `Refused: ${units(result.onHand)} on hand, so removing ${units(-delta)} would take stock below zero. Nothing was changed.`;
  }
  const removable = Math.max(0, result.onHand - result.reserved);
  return `Refused: ${units(result.onHand)} on hand and ${units(result.reserved)} reserved by pending orders, so at most ${units(removable)} can be removed. Nothing was changed.`;
}

/** What the adjustment did and where stock stands now. */
export function adjustedMessage(reason: AdjustReason, delta: number, stock: number, reserved: number): string {
  return `${REASON_LABELS[reason]}: ${delta > 0 ? "added" : "removed"} ${units(Math.abs(delta))}. Now ${stock} on hand, ${stock - reserved} available.`;
}
