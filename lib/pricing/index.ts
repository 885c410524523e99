export { percentOfCents } from "./round";
export { priceCart } from "./price-cart";
export { normalizeCouponCode } from "./normalize-coupon-code";
export { couponErrorMessage } from "./messages";
export type {
  AppliedCoupon,
  CartLineInput,
  CouponError,
  CouponErrorCode,
  CouponKind,
  CouponRules,
  PriceCartInput,
  PricedCart,
  PricedLine,
} from "./types";
