import Link from "next/link";
import { ORDER_STATUSES, type OrderFilters } from "@/lib/admin/orders/order-filters";

const STATUS_LABEL: Record<(typeof ORDER_STATUSES)[number], string> = {
  PENDING: "Waiting for payment",
  PAID: "Paid",
  FULFILLED: "Shipped",
  EXPIRED: "Expired unpaid",
  CANCELLED: "Cancelled",
  PARTIALLY_REFUNDED: "Partly refunded",
  REFUNDED: "Refunded",
};

const input = "w-full rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and exported. */
export function OrderFiltersForm({ filters }: { filters: OrderFilters }) {
  return (
    <form method="get" action="/admin/orders" role="search" aria-label="Filter orders" className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
      <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-1">
        <label htmlFor="q" className="text-sm font-medium text-slate-900">Order number or e-mail</label>
        <input id="q" name="q" type="search" defaultValue={filters.q} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="status" className="text-sm font-medium text-slate-900">Status</label>
        <select id="status" name="status" defaultValue={filters.status ?? ""} className={input}>
          <option value="">Any status</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>{STATUS_LABEL[status]}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="code" className="text-sm font-medium text-slate-900">Code used</label>
        <input id="code" name="code" defaultValue={filters.code} autoCapitalize="characters" spellCheck={false} className={`${input} font-mono uppercase`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="from" className="text-sm font-medium text-slate-900">Placed from</label>
        <input id="from" name="from" type="date" defaultValue={filters.from} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="to" className="text-sm font-medium text-slate-900">Placed to</label>
        <input id="to" name="to" type="date" defaultValue={filters.to} className={input} />
      </div>
      <div className="flex items-center gap-2 self-end pb-2">
        <input id="attention" name="attention" type="checkbox" value="1" defaultChecked={filters.attention === "1"} className="size-4 accent-brand-700" />
        <label htmlFor="attention" className="text-sm text-slate-900">Needs attention only</label>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">Show orders</button>
        <Link href="/admin/orders" className="text-sm text-brand-700 underline">Clear filters</Link>
      </div>
    </form>
  );
}
