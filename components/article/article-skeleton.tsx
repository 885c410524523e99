export function ArticleSkeleton() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse px-4 py-10" aria-hidden="true">
      <div className="h-4 w-48 rounded bg-slate-100" />
      <div className="mt-8 h-10 w-3/4 max-w-2xl rounded bg-slate-100" />
      <div className="mt-4 h-5 w-full max-w-2xl rounded bg-slate-100" />
      <div className="mt-2 h-5 w-2/3 max-w-xl rounded bg-slate-100" />
      <div className="mt-12 space-y-3">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="h-4 max-w-3xl rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
