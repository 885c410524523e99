export { createCoupon } from "./create-coupon";
export { updateCoupon } from "./update-coupon";
export { setCouponActive } from "./set-coupon-active";
export { listCoupons, type CouponRow } from "./list-coupons";
export { getCouponForEdit, type CouponForEdit } from "./get-coupon-for-edit";
export { listCouponProducts, type CouponProduct } from "./list-coupon-products";
export { couponSchema, COUPON_KINDS, RATE_FIELD_PREFIX, toUtcInputValue, type CouponInput } from "./coupon-schema";
export type { SaveCouponRefusal, SaveCouponResult } from "./save-coupon-result";
export { COUPON_REFUSALS, couponActiveMessage, couponSavedMessage } from "./messages";
