import type { StockLevel } from "@/lib/admin/inventory";

/** On hand, reserved by pending orders, what shoppers can still buy, and who waits for a back-in-stock e-mail. */
export function StockFigures({ level }: { level: StockLevel }) {
  const figures = [
    { label: "On hand", value: level.onHand, id: "on-hand" },
    { label: "Reserved", value: level.reserved, id: "reserved" },
    { label: "Available", value: level.available, id: "available" },
    { label: "Waiting", value: level.waiting, id: "waiting" },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {figures.map((figure) => (
        <div key={figure.id} className="rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{figure.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={`stock-${figure.id}`}>
            {figure.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
