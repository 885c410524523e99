export { applyPayment, type PaymentEvent, type PaymentOutcome } from "./apply-payment";
export { createOrderFromCart, type CheckoutCustomer, type CreateOrderError } from "./create-order";
export { orderToken, verifyOrderToken } from "./order-link";
export { recordDispute, recordRefund } from "./record-refund";
export { releaseOrder, releaseOverdueOrders } from "./release-order";
export { settlePayment } from "./settle-payment";
export { checkoutCart, type CheckoutCartError, type CheckoutCartResult } from "./checkout-cart";
export { startCheckout, sweepOverdue, type StartCheckoutError, type StartCheckoutResult } from "./start-checkout";
