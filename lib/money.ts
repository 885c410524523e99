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
