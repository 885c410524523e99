// What a marketer reads after saving or switching a coupon.
import type { RefusalText } from "../../actions/messages";
import type { SaveCouponRefusal } from "./save-coupon-result";

export const COUPON_REFUSALS = {
  CODE_TAKEN: { field: "code", message: "Another coupon already uses this code." },
  NOT_FOUND: "This coupon no longer exists.",
  UNKNOWN_PRODUCT: "One of the products is gone. Reload the page and try again.",
} satisfies Record<SaveCouponRefusal["code"], RefusalText>;

export const couponSavedMessage = (code: string) => `${code} saved. The storefront shows the change now.`;

export const couponActiveMessage = (code: string, active: boolean) => `${code} is now ${active ? "active" : "switched off"}.`;
