export function ProductGridSkeleton({ count = 3 }: { count?: number }) {
  return (
    <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="animate-pulse rounded-2xl border border-slate-200">
          <div className="aspect-[4/3] bg-slate-100 sm:aspect-square" />
          <div className="space-y-3 p-5">
            <div className="h-3 w-1/3 rounded bg-slate-100" />
            <div className="h-5 w-2/3 rounded bg-slate-100" />
            <div className="h-4 w-full rounded bg-slate-100" />
          </div>
        </div>
      ))}
    </div>
  );
}
