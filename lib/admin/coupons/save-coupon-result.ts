import type { Refused, Result } from "../../result";

export type SaveCouponRefusal = Refused<"CODE_TAKEN" | "NOT_FOUND" | "UNKNOWN_PRODUCT">;

export type SaveCouponResult = Result<{ coupon: { id: string; code: string } }, SaveCouponRefusal>;
