export { adjustStock, type AdjustStockResult } from "./adjust-stock";
export { adjustedMessage, refusalMessage } from "./messages";
export { ADJUST_REASONS, adjustStockSchema, REASON_LABELS, type AdjustReason, type AdjustStockInput } from "./adjust-stock-input";
export { exportMovements, type MovementsExport } from "./export-movements";
export { listMovements, type MovementRow } from "./list-movements";
export { getStockLevel, listStockLevels, type StockLevel } from "./list-stock-levels";
export { movementsCsv } from "./movements-csv";
