// The filtered orders list as CSV (RFC 4180). Cells that a spreadsheet would run as a formula are
// prefixed with an apostrophe, since e-mail addresses and codes come from shoppers.
import type { AdminOrderRow } from "./list-orders";

const HEADER = ["number", "created_at", "status", "email", "coupon_code", "subtotal", "discount", "shipping", "tax", "total", "refunded", "currency", "attention"];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const amount = (cents: number) => (cents / 100).toFixed(2);

export function ordersToCsv(rows: AdminOrderRow[]): string {
  const lines = [HEADER.join(",")];
  for (const row of rows) {
    lines.push(
      [
        row.number,
        row.createdAt.toISOString(),
        row.status,
        row.email,
        row.couponCode ?? "",
        amount(row.subtotalCents),
        amount(row.discountCents),
        amount(row.shippingCents),
        amount(row.taxCents),
        amount(row.totalCents),
        amount(row.refundedCents),
        row.currency.toUpperCase(),
        row.attention ?? "",
      ]
        .map(cell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
