import type { Metadata } from "next";
import Link from "next/link";
import { listStockLevels } from "@/lib/admin/inventory";
import { requirePermission } from "@/lib/auth";

export const metadata: Metadata = { title: "Inventory" };
export const instant = false;

export default async function InventoryPage() {
  await requirePermission("stock.adjust", "/admin/inventory");
  const levels = await listStockLevels();
  return (
    <section aria-labelledby="inventory-title" className="flex flex-col gap-6">
      <div>
        <h1 id="inventory-title" className="text-2xl font-bold text-slate-900">Inventory</h1>
        <p className="mt-1 text-sm text-slate-600">
          Units on hand, units held by orders waiting for payment, what shoppers can still buy, and how many shoppers wait
          for an e-mail when a sold-out device is back. Open a product to restock, correct a count or write off damage.
        </p>
      </div>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {levels.map((level) => (
          <li key={level.id} className="flex flex-wrap items-center gap-x-6 gap-y-2 p-4">
            <div className="min-w-0 flex-1 basis-52">
              <Link href={`/admin/inventory/${level.id}`} className="font-semibold text-slate-900 hover:text-brand-700 hover:underline">
                {level.name}
              </Link>
              <p className="text-sm text-slate-500">
                {level.sku}
                {level.active ? "" : " · archived"}
              </p>
            </div>
            <p className="text-sm tabular-nums text-slate-600">
              <span className="font-semibold text-slate-900">{level.onHand}</span> on hand ·{" "}
              <span className="font-semibold text-slate-900">{level.reserved}</span> reserved ·{" "}
              <span className="font-semibold text-slate-900">{level.available}</span> available ·{" "}
              <span className="font-semibold text-slate-900">{level.waiting}</span> waiting
            </p>
            {level.available === 0 ? (
              <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800 ring-1 ring-red-200">Sold out</span>
            ) : level.low ? (
              <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-200">
                Low (≤ {level.lowStockThreshold})
              </span>
            ) : null}
            <Link
              href={`/admin/inventory/${level.id}`}
              className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-700 hover:text-brand-800"
              aria-label={`Adjust stock of ${level.name}`}
            >
              Adjust
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
