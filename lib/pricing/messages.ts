// What a shopper reads when a coupon is refused.
import { formatMoney } from "../money";
import type { CouponError } from "./types";

const SHOWN_CODE_LENGTH = 24;

/** What the shopper typed, shortened so a pasted paragraph cannot take over the message. */
function shown(code: string): string {
  return code.length > SHOWN_CODE_LENGTH ? `${code.slice(0, SHOWN_CODE_LENGTH)}…` : code;
}

/** The sentence a shopper sees when a coupon is refused. */
export function couponErrorMessage(error: CouponError): string {
  const code = shown(error.couponCode);
  switch (error.code) {
    case "COUPON_UNKNOWN":
      return `${code} isn't a coupon code we know. Check the spelling and try again.`;
    case "COUPON_EXPIRED":
      return `${code} has ended.`;
    case "COUPON_USED_UP":
      return `${code} has been claimed the maximum number of times.`;
    case "COUPON_ALREADY_USED":
      return error.maxPerCustomer === 1
        ? `You have already used ${code}; it works once per customer.`
        : `You have already used ${code} ${error.maxPerCustomer} times, its limit per customer.`;
    case "COUPON_MIN_SUBTOTAL":
      return `Add ${formatMoney(error.missingCents)} more to use ${code} (minimum order ${formatMoney(error.minSubtotalCents)}).`;
    case "COUPON_NOT_APPLICABLE":
      return `${code} doesn't cover anything in your cart.`;
  }
}
