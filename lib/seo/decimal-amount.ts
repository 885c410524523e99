/**
 * Integer minor units as a plain decimal string in the currency's own precision
 * (15900 USD -> "159.00", 1500 JPY -> "1500"), without going through floating point.
 */
export function decimalAmount(cents: number, currency: string): string {
  if (!Number.isInteger(cents)) throw new Error(`Amount must be whole minor units, got ${cents}`);
  const digits = new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions()
    .maximumFractionDigits ?? 2;
  const sign = cents < 0 ? "-" : "";
  const units = String(Math.abs(cents)).padStart(digits + 1, "0");
  if (digits === 0) return `${sign}${units}`;
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}
