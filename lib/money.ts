// Money is integer cents everywhere; it becomes text only here, at the edge.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: number, currency = "usd"): string {
  const key = currency.toUpperCase();
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { style: "currency", currency: key });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}

const DOLLARS = /^\$?(\d{1,7}|\d{1,3}(?:,\d{3}){1,2}(?=\.))(?:\.(\d{1,2}))?$/;

/**
 * What staff typed as a dollar amount ("249", "249.5", "$1,249.99") -> integer cents, without floating
 * point; null when it is not an amount. A comma is read as a thousands separator only before a decimal
 * point: "1,000" could be a decimal comma (one dollar) and is refused rather than guessed.
 */
export function dollarsToCents(text: string): number | null {
  const match = DOLLARS.exec(text.trim());
  if (!match) return null;
  const whole = match[1].replaceAll(",", "");
  if (whole.length > 7) return null;
  return Number(whole) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** 24900 -> "249.00", for a form's initial value. */
export function centsToDollars(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
