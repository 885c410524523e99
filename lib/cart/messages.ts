// The cart's sentences for shoppers: refusals by code, confirmations and the flags on a line.
import { couponErrorMessage } from "../pricing";
import type { ApplyCouponResult } from "./apply-coupon";
import type { CartLineIssue } from "./cart-view";
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

export function addedToCartMessage(quantity: number, productName: string | undefined): string {
  return `Added ${quantity} × ${productName} to your cart.`;
}

/** Why a code was not applied: the coupon's own refusal, or too many codes tried. */
export function applyCouponErrorMessage(error: Extract<ApplyCouponResult, { ok: false }>): string {
  if (error.code !== "COUPON_TRIES_LIMITED") return couponErrorMessage(error);
  const minutes = Math.ceil(error.retryAfterSeconds / 60);
  return `Too many codes have been tried from here. Please wait ${minutes} ${minutes === 1 ? "minute" : "minutes"} before trying another.`;
}

export function couponAppliedMessage(description: string): string {
  return `${description} applied.`;
}

/** Why a line cannot be checked out as it is, and what to do about it. */
export function cartLineIssueMessage(issue: CartLineIssue): string {
  switch (issue.code) {
    case "ARCHIVED":
      return "No longer sold. Remove it to check out.";
    case "SOLD_OUT":
      return "Sold out since you added it. Remove it to check out.";
    case "TOO_MANY":
      return `Only ${issue.available} left. Lower the quantity to check out.`;
  }
}

/** What the cart's forms say about a field they cannot read. */
export const CART_INPUT_MESSAGES = {
  productRequired: "Choose a device.",
  quantityRequired: "Choose a quantity.",
  quantityWhole: "Choose a whole number.",
  quantityMin: "Choose at least 1.",
  quantityMax: (max: number) => `You can buy at most ${max} per order.`,
  countryRequired: "Choose a country.",
  codeRequired: "Enter a code.",
  codeTooLong: "That code is too long.",
};
