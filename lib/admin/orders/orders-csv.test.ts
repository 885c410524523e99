import { describe, expect, it } from "vitest";
import type { AdminOrderRow } from "./list-orders";
import { ordersToCsv } from "./orders-csv";

const row: AdminOrderRow = {
  id: "o1",
  number: "UC-AAAAAA",
  createdAt: new Date("2026-11-20T10:00:00Z"),
  status: "PAID",
  email: "=cmd@example.com",
  couponCode: "FLASHSALE",
  subtotalCents: 31800,
  discountCents: 23850,
  shippingCents: 0,
  taxCents: 656,
  totalCents: 8606,
  refundedCents: 0,
  currency: "usd",
  attention: 'Paid 1 cents, "check"',
  itemCount: 2,
};

describe("ordersToCsv", () => {
  it("writes one header and one line per order, amounts in dollars, quoted and formula-safe", () => {
    const csv = ordersToCsv([row]);
    const [header, line, end] = csv.split("\r\n");
    expect(header).toBe("number,created_at,status,email,coupon_code,subtotal,discount,shipping,tax,total,refunded,currency,attention");
    expect(line).toBe(`UC-AAAAAA,2026-11-20T10:00:00.000Z,PAID,'=cmd@example.com,FLASHSALE,318.00,238.50,0.00,6.56,86.06,0.00,USD,"Paid 1 cents, ""check"""`);
    expect(end).toBe("");
  });
});
