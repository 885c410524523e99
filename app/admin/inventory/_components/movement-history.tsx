import Link from "next/link";
import { REASON_LABELS, type MovementRow } from "@/lib/admin/inventory";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Who moved stock, when, why, and for which order: newest first. */
export function MovementHistory({ rows }: { rows: MovementRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No stock movements yet.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Stock movements, newest first</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">When (UTC)</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Change</th>
            <th scope="col" className="px-3 py-2 font-semibold">Reason</th>
            <th scope="col" className="px-3 py-2 font-semibold">By</th>
            <th scope="col" className="px-3 py-2 font-semibold">Order / note</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                <time dateTime={row.at.toISOString()}>{when.format(row.at)}</time>
              </td>
              <td className={`px-3 py-2 text-right font-semibold tabular-nums ${row.delta > 0 ? "text-emerald-700" : "text-red-700"}`}>
                {row.delta > 0 ? `+${row.delta}` : `−${-row.delta}`}
              </td>
              <td className="px-3 py-2 text-slate-900">{REASON_LABELS[row.reason]}</td>
              <td className="break-all px-3 py-2 text-slate-600">{row.actorEmail ?? "System"}</td>
              <td className="px-3 py-2 text-slate-600">
                {row.order ? (
                  <Link href={`/admin/orders/${row.order.id}`} className="font-medium text-brand-700 hover:underline">
                    {row.order.number}
                  </Link>
                ) : null}
                {row.order && row.note ? " · " : null}
                {row.note}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
