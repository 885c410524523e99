export { loadCouponRules } from "./load-coupon-rules";
export { customerKey, type CouponCustomer } from "./customer-key";
