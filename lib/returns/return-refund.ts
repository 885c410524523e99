// PURE: what returned units were paid for, in integer cents. A line's paid amount is its total after its
// discount; returned units get their share of it. Shares are taken on the running count of units returned
// (floor(total × returned so far ÷ bought) minus the same before this return), so however a line is
// returned, in one go or several, the parts add up to exactly its total and never more.

export type PaidLine = { quantity: number; totalCents: number };

/** The refund for `returning` more units of `line` when `alreadyReturned` units of it came back before. */
export function lineReturnRefundCents(line: PaidLine, alreadyReturned: number, returning: number): number {
  for (const [name, value] of [["quantity", line.quantity], ["totalCents", line.totalCents], ["alreadyReturned", alreadyReturned], ["returning", returning]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`return refund: ${name} must be a whole number of at least 0, got ${value}`);
  }
  if (alreadyReturned + returning > line.quantity) throw new Error(`return refund: ${alreadyReturned + returning} units returned of ${line.quantity} bought`);
  if (line.quantity === 0) return 0;
  const share = (units: number) => Math.floor((line.totalCents * units) / line.quantity);
  return share(alreadyReturned + returning) - share(alreadyReturned);
}

/** The refund for a whole return: the sum over its lines. */
export function returnRefundCents(lines: readonly (PaidLine & { alreadyReturned: number; returning: number })[]): number {
  return lines.reduce((sum, line) => sum + lineReturnRefundCents(line, line.alreadyReturned, line.returning), 0);
}
