/** The form coupon codes are stored in (the database CHECKs it): trimmed and upper-case. */
export function normalizeCouponCode(raw: string): string {
  return raw.trim().toUpperCase();
}
