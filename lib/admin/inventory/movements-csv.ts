// The movement ledger as CSV for a spreadsheet. Text cells that a spreadsheet would run as a formula
// (starting with = + - @) are prefixed with an apostrophe; numbers stay numbers.
import type { MovementRow } from "./list-movements";

const HEADER = ["date_utc", "sku", "change", "reason", "by", "order", "note"];

function cell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function movementsCsv(sku: string, rows: MovementRow[]): string {
  const lines = [HEADER.join(",")];
  for (const row of rows) {
    lines.push(
      [row.at.toISOString(), sku, row.delta, row.reason, row.actorEmail ?? "system", row.order?.number ?? "", row.note ?? ""].map(cell).join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
