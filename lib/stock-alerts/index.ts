// "E-mail me when it's back": double opt-in alerts per device and address. The e-mails go out from
// lib/inventory/notify-back-in-stock.ts, after any stock write that lets shoppers buy the device again.
export { confirmLinkStatus, confirmStockAlert, type ConfirmRefusal } from "./confirm-stock-alert";
export { type AlertView } from "./alert-view";
export { ALERT_REQUESTED, alertRequestsRateLimited, LINK_REFUSALS, PRODUCT_NOT_SOLD } from "./messages";
export { requestStockAlert, STOCK_ALERT_LIMITS, type StockAlertRequestResult } from "./request-stock-alert";
export { alertLinkSchema, stockAlertRequestSchema } from "./schemas";
export { unsubscribeLinkStatus, unsubscribeStockAlert, type UnsubscribeRefusal } from "./unsubscribe-stock-alert";
