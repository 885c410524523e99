export type SaveCouponResult =
  | { ok: true; coupon: { id: string; code: string } }
  | { ok: false; code: "CODE_TAKEN" | "NOT_FOUND" | "UNKNOWN_PRODUCT" };
