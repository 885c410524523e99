import type { FlashSaleUsage } from "@/lib/admin/dashboard/get-flash-sale-usage";

/** How much of the flash-sale code's limit is paid for, held by open checkouts, and left. */
export function FlashSaleCard({ usage }: { usage: FlashSaleUsage | null }) {
  if (!usage) return <p className="text-sm text-slate-600">There is no FLASHSALE code in this store.</p>;
  const { limit } = usage;
  const pct = (n: number) => (limit ? Math.min(100, (n / limit) * 100) : 0);
  return (
    <div className="flex flex-col gap-3 text-sm" data-testid="flash-sale-usage">
      <dl className="grid grid-cols-3 gap-2">
        <div>
          <dt className="text-slate-600">Paid uses</dt>
          <dd className="text-xl font-bold tabular-nums text-slate-900">{usage.redeemed}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Held now</dt>
          <dd className="text-xl font-bold tabular-nums text-slate-900">{usage.liveHolds}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Left</dt>
          <dd className="text-xl font-bold tabular-nums text-slate-900">{usage.remaining ?? "No limit"}</dd>
        </div>
      </dl>
      {limit ? (
        <>
          <div className="flex h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
            <div className="bg-brand-700" style={{ width: `${pct(usage.redeemed)}%` }} />
            <div className="bg-accent-500" style={{ width: `${pct(usage.liveHolds)}%` }} />
          </div>
          <p className="text-slate-600">
            {usage.redeemed + usage.liveHolds} of {limit} uses taken ({usage.redeemed} paid, {usage.liveHolds} in open checkouts).
          </p>
        </>
      ) : null}
      {!usage.active ? <p className="text-amber-900">The code is switched off.</p> : null}
    </div>
  );
}
