/** Placeholder shaped like the product page while it loads. */
export function ProductDetailSkeleton() {
  return (
    <div className="animate-pulse" aria-hidden="true">
      <div className="mb-6 h-4 w-40 rounded bg-slate-100" />
      <div className="grid gap-8 md:grid-cols-2 lg:gap-12">
        <div className="space-y-3">
          <div className="aspect-square rounded-2xl bg-slate-100" />
          <div className="flex gap-3">
            <div className="size-20 rounded-xl bg-slate-100 sm:size-24" />
            <div className="size-20 rounded-xl bg-slate-100 sm:size-24" />
          </div>
        </div>
        <div className="space-y-5">
          <div className="h-4 w-1/3 rounded bg-slate-100" />
          <div className="h-9 w-3/4 rounded bg-slate-100" />
          <div className="h-5 w-full rounded bg-slate-100" />
          <div className="h-9 w-32 rounded bg-slate-100" />
          <div className="h-5 w-2/3 rounded bg-slate-100" />
          <div className="h-12 w-full rounded-lg bg-slate-100 sm:w-64" />
          <div className="h-36 rounded-2xl bg-slate-100" />
        </div>
      </div>
    </div>
  );
}
