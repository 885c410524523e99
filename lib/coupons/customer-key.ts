export type CouponCustomer = { userId?: string | null; email?: string | null };

/**
 * The address per-customer coupon limits count: trimmed, lower case, and without a `+tag` in the local
 * part (x+1@example.com and x+2@example.com reach one inbox). Dots are kept: only some providers ignore
 * them, and ana.b@ and anab@ are different people elsewhere.
 * The migration 20261204200000_coupon_customer_keys does the same in SQL for stored keys: keep them equal.
 */
export function normalizeCustomerEmail(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  const plus = address.indexOf("+");
  return plus > 0 && plus < at ? address.slice(0, plus) + address.slice(at) : address;
}

/**
 * Who per-customer coupon limits count: the normalised e-mail, for an account and for guests alike, so
 * that an account's orders and guest orders with its address are one customer. (A signed-in shopper
 * comes with the account's e-mail; the account id alone does not identify the person.) Null when no
 * e-mail is known yet.
 */
export function customerKey(customer: CouponCustomer): string | null {
  const email = customer.email?.trim();
  return email ? normalizeCustomerEmail(email) : null;
}
