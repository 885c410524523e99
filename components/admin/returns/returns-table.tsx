import Link from "next/link";
import type { ReturnRow } from "@/lib/returns/list-returns";
import { RETURN_STATUS_LABELS } from "@/lib/returns/messages";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const OPEN_STYLE = "bg-amber-100 text-amber-900";
const CLOSED_STYLE = "bg-slate-100 text-slate-700";

export function ReturnsTable({ returns, limit }: { returns: ReturnRow[]; limit: number }) {
  if (!returns.length) return <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">No return requests yet.</p>;
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Return requests, open ones first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-medium">Order</th>
            <th scope="col" className="hidden px-4 py-2.5 font-medium md:table-cell">Asked (UTC)</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Status</th>
            <th scope="col" className="px-4 py-2.5 text-right font-medium">Units</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {returns.map((row) => (
            <tr key={row.id} className="align-top hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={`/admin/orders/${row.orderId}`} className="font-mono font-semibold text-brand-700 underline">
                  {row.orderNumber}
                </Link>
                <span className="block max-w-[14rem] truncate text-slate-600" title={row.email}>{row.email}</span>
              </td>
              <td className="hidden whitespace-nowrap px-4 py-3 text-slate-700 md:table-cell">{when.format(row.createdAt)}</td>
              <td className="px-4 py-3">
                <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${row.status === "REQUESTED" || row.status === "APPROVED" ? OPEN_STYLE : CLOSED_STYLE}`}>
                  {RETURN_STATUS_LABELS[row.status]}
                </span>
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{row.units}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {returns.length >= limit ? <p className="border-t border-slate-200 px-4 py-2 text-sm text-slate-600">Showing {limit}: all open requests come first.</p> : null}
    </div>
  );
}
