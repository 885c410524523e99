import type { StockState } from "@/lib/catalog";

const LOOK = {
  in_stock: { dot: "bg-emerald-500", text: "text-emerald-800" },
  low: { dot: "bg-accent-500", text: "text-amber-800" },
  sold_out: { dot: "bg-slate-400", text: "text-slate-600" },
} as const;

export function stockLabel(state: StockState): string {
  if (state.kind === "sold_out") return "Sold out";
  if (state.kind === "low") return `Only ${state.left} left`;
  return `In stock, ${state.available} available`;
}

/** "In stock, N available", "Only N left" or "Sold out", with a coloured dot that is decoration only. */
export function StockStatus({ state, className }: { state: StockState; className?: string }) {
  const look = LOOK[state.kind];
  return (
    <p className={`inline-flex items-center gap-2 text-sm font-medium ${look.text} ${className ?? ""}`} data-stock={state.kind}>
      <span aria-hidden="true" className={`size-2 rounded-full ${look.dot}`} />
      {stockLabel(state)}
    </p>
  );
}
