// Every change to a product's `stock` or `reserved` goes through these functions, inside the caller's
// transaction, so the change, its CHECK constraints and its ledger row commit together.
export { adjustOnHand, type AdjustOnHandResult } from "./adjust-on-hand";
export { notifyBackInStock, notifyBackInStockSafely } from "./notify-back-in-stock";
export { notifyLowStock, notifyLowStockSafely, type LowStockAlert } from "./notify-low-stock";
export { releaseStock } from "./release-stock";
export { reserveStock, type ReserveResult } from "./reserve-stock";
export { returnStock } from "./return-stock";
export { sellStock } from "./sell-stock";
export { StockInvariantError, type StockChange, type StockLine } from "./stock-lines";
