import Link from "next/link";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import type { AdminOrderRow } from "@/lib/admin/orders/list-orders";
import { formatMoney } from "@/lib/money";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function OrdersTable({ orders, limit }: { orders: AdminOrderRow[]; limit: number }) {
  if (!orders.length) return <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">No orders match these filters.</p>;
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Orders, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-medium">Order</th>
            <th scope="col" className="hidden px-4 py-2.5 font-medium md:table-cell">Placed (UTC)</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Status</th>
            <th scope="col" className="hidden px-4 py-2.5 font-medium sm:table-cell">Code</th>
            <th scope="col" className="px-4 py-2.5 text-right font-medium">Total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {orders.map((order) => (
            <tr key={order.id} className="align-top hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={`/admin/orders/${order.id}`} className="font-mono font-semibold text-brand-700 underline">
                  {order.number}
                </Link>
                <span className="block max-w-[14rem] truncate text-slate-600" title={order.email}>{order.email}</span>
                {order.attention ? <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">Needs attention</span> : null}
              </td>
              <td className="hidden whitespace-nowrap px-4 py-3 text-slate-700 md:table-cell">{when.format(order.createdAt)}</td>
              <td className="px-4 py-3"><OrderStatusBadge status={order.status} /></td>
              <td className="hidden px-4 py-3 font-mono text-slate-700 sm:table-cell">{order.couponCode ?? "—"}</td>
              <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">
                {formatMoney(order.totalCents, order.currency)}
                {order.refundedCents ? <span className="block text-xs text-violet-800">−{formatMoney(order.refundedCents, order.currency)} refunded</span> : null}
                <span className="block text-xs text-slate-500">{order.itemCount} {order.itemCount === 1 ? "item" : "items"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {orders.length >= limit ? <p className="border-t border-slate-200 px-4 py-2 text-sm text-slate-600">Showing the newest {limit}. Narrow the filters, or export them all as CSV.</p> : null}
    </div>
  );
}
