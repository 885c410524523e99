// The checkout's sentences for shoppers, by refusal code.
import { couponErrorMessage } from "../pricing";
import { noLongerShippedText } from "../shipping/messages";
import type { CheckoutCartError } from "./checkout-cart";

export const RECEIPT_EMAIL_REQUIRED_MESSAGE = "Enter the e-mail address for your receipt.";

export const STORE_UNAVAILABLE_MESSAGE =
  "We could not place your order just now. Nothing was charged or reserved and your cart is unchanged; please try again in a moment.";

export function checkoutErrorMessage(error: CheckoutCartError): string {
  switch (error.code) {
    case "EMAIL_REQUIRED":
      return RECEIPT_EMAIL_REQUIRED_MESSAGE;
    case "CART_EMPTY":
      return "Your cart is empty.";
    case "CART_NEEDS_ATTENTION":
      return "Some items in your cart need your attention first.";
    case "DESTINATION_NOT_SHIPPED":
      return error.country ? noLongerShippedText(error.country) : "We are not taking orders for delivery right now; nothing was charged.";
    case "OUT_OF_STOCK":
      return error.available > 0
        ? `Only ${error.available} left of ${error.productName}. Lower the quantity and try again; nothing was charged.`
        : `${error.productName} has just sold out. Remove it to continue; nothing was charged.`;
    case "PAYMENTS_OFF":
      return "Payments are not available right now. Please try again later.";
    case "PAYMENT_UNAVAILABLE":
      return "We could not open the payment page just now. Nothing was charged and your cart is unchanged; please try again.";
    case "STORE_UNAVAILABLE":
      return STORE_UNAVAILABLE_MESSAGE;
    case "TOO_MANY_CHECKOUTS":
      return `You already have ${error.limit} unpaid checkouts open. Pay or cancel one of them, or wait until its hold ends, then try again; nothing was charged.`;
    case "RATE_LIMITED": {
      const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
      return `Too many checkouts were started from your connection just now. Please wait ${minutes} minute${minutes > 1 ? "s" : ""} and try again; nothing was charged.`;
    }
    default:
      // Every other code is the cart's discount code refusing it.
      return `${couponErrorMessage(error)} Remove the code to continue.`;
  }
}
