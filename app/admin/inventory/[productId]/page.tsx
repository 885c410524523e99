import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getStockLevel, listMovements } from "@/lib/admin/inventory";
import { requirePermission } from "@/lib/auth";
import { AdjustStockForm } from "../_components/adjust-stock-form";
import { MovementHistory } from "../_components/movement-history";
import { StockFigures } from "../_components/stock-figures";
import { adjustStockAction } from "./actions";

export const metadata: Metadata = { title: "Adjust stock" };
export const instant = false;

const HISTORY_SHOWN = 100;

export default async function ProductStockPage({ params }: { params: Promise<{ productId: string }> }) {
  const { productId } = await params;
  await requirePermission("stock.adjust", `/admin/inventory/${encodeURIComponent(String(productId))}`);
  const level = await getStockLevel(productId);
  if (!level) notFound();
  const movements = await listMovements(productId, { take: HISTORY_SHOWN });
  return (
    <section aria-labelledby="stock-title" className="flex max-w-3xl flex-col gap-6">
      <div>
        <Link href="/admin/inventory" className="text-sm text-brand-700 hover:underline">
          ← All stock
        </Link>
        <h1 id="stock-title" className="mt-2 text-2xl font-bold text-slate-900">{level.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {level.sku}
          {level.active ? "" : " · archived"} · low-stock warning at {level.lowStockThreshold}
        </p>
      </div>
      <StockFigures level={level} />
      <section aria-labelledby="adjust-title" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="adjust-title" className="text-lg font-semibold text-slate-900">Adjust stock</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          On hand can never fall below what pending orders hold ({level.reserved} now).
        </p>
        <AdjustStockForm action={adjustStockAction} productId={level.id} />
      </section>
      <section aria-labelledby="history-title" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="history-title" className="text-lg font-semibold text-slate-900">Movement history</h2>
          <a
            href={`/admin/inventory/${level.id}/export`}
            download
            className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-700 hover:text-brand-800"
          >
            Download CSV
          </a>
        </div>
        {movements.length === HISTORY_SHOWN ? (
          <p className="text-xs text-slate-500">Showing the latest {HISTORY_SHOWN}; the CSV has them all.</p>
        ) : null}
        <MovementHistory rows={movements} />
      </section>
    </section>
  );
}
