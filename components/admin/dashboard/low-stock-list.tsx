import type { LowStockProduct } from "@/lib/admin/dashboard/find-low-stock";

export function LowStockList({ products }: { products: LowStockProduct[] }) {
  if (!products.length) return <p className="text-sm text-slate-600">Every device is above its low-stock level.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="low-stock">
      {products.map((p) => (
        <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <span className="font-medium text-slate-900">{p.name}</span> <span className="font-mono text-xs text-slate-500">{p.sku}</span>
          </span>
          <span className={p.available <= 0 ? "font-semibold text-red-700" : "font-semibold text-amber-800"}>
            {p.available <= 0 ? "None free" : `${p.available} free`}
            <span className="font-normal text-slate-600"> · {p.stock} on hand, {p.reserved} held, alert at {p.threshold}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
