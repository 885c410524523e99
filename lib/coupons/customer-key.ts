export type CouponCustomer = { userId?: string | null; email?: string | null };

/**
 * Who per-customer coupon limits count: the account id when signed in, else the e-mail
 * (trimmed, lower-case, as stored). Null when neither is known yet.
 */
export function customerKey(customer: CouponCustomer): string | null {
  const userId = customer.userId?.trim();
  if (userId) return userId;
  const email = customer.email?.trim().toLowerCase();
  return email ? email : null;
}
