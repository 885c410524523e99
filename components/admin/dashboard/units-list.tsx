import type { UnitsByProduct } from "@/lib/admin/dashboard/sales-summary";

/** Units sold per device as labelled horizontal bars (the numbers are the content; the bars are decoration). */
export function UnitsList({ units }: { units: UnitsByProduct[] }) {
  const max = Math.max(1, ...units.map((u) => u.units));
  return (
    <ul className="flex flex-col gap-3">
      {units.map((u) => (
        <li key={u.productId}>
          <div className="flex justify-between gap-3 text-sm">
            <span className="text-slate-800">{u.name}</span>
            <span className="font-semibold tabular-nums text-slate-900">{u.units}</span>
          </div>
          <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
            <div className="h-2 rounded-full bg-brand-600" style={{ width: `${(u.units / max) * 100}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
