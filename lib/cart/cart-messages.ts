// Words for the cart's error codes, at the edge.
import type { CartError } from "./errors";

export function cartErrorMessage(error: CartError, productName = "this device"): string {
  switch (error.code) {
    case "PRODUCT_UNAVAILABLE":
      return `Sorry, ${productName} is no longer available.`;
    case "NOT_ENOUGH_STOCK":
      if (error.available <= 0) return `Sorry, ${productName} is sold out.`;
      return error.inCart > 0
        ? `Only ${error.available} left of ${productName}, and ${error.inCart} ${error.inCart === 1 ? "is" : "are"} already in your cart.`
        : `Only ${error.available} left of ${productName}. Choose ${error.available} or fewer.`;
    case "LINE_LIMIT":
      return `You can buy at most ${error.max} of ${productName} per order${error.inCart ? ` (${error.inCart} already in your cart)` : ""}.`;
    case "LINE_NOT_FOUND":
      return "That item is no longer in your cart.";
  }
}
