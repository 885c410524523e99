import type { SalesWindow } from "@/lib/admin/dashboard/sales-summary";
import { formatMoney } from "@/lib/money";

/** Net takings per period, with the order count and average order value under each. */
export function SalesCards({ windows }: { windows: SalesWindow[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-3" aria-label="Takings">
      {windows.map((w) => (
        <li key={w.key} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" data-testid={`sales-${w.key}`}>
          <p className="text-sm font-medium text-slate-600">{w.label}</p>
          <p className="mt-1 text-2xl font-bold tabular-nums text-slate-900">{formatMoney(w.revenueCents)}</p>
          <p className="mt-1 text-sm text-slate-600">
            {w.orders} {w.orders === 1 ? "order" : "orders"}
            {w.orders ? <> · average {formatMoney(w.averageOrderCents)}</> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
