import Link from "next/link";
import type { AttentionOrder } from "@/lib/admin/dashboard/find-attention-orders";

/** Flagged orders; linked to their page only for staff who may open orders. */
export function AttentionList({ orders, linkOrders }: { orders: AttentionOrder[]; linkOrders: boolean }) {
  if (!orders.length) return <p className="text-sm text-slate-600">No order needs a look right now.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="attention-orders">
      {orders.map((o) => (
        <li key={o.id} className="py-2">
          {linkOrders ? (
            <Link href={`/admin/orders/${o.id}`} className="font-mono font-semibold text-brand-700 underline">
              {o.number}
            </Link>
          ) : (
            <span className="font-mono font-semibold text-slate-900">{o.number}</span>
          )}
          <span className="text-slate-600"> · {o.email}</span>
          <p className="mt-0.5 text-amber-900">{o.attention}</p>
        </li>
      ))}
    </ul>
  );
}
