import Link from "next/link";

export default function ArticleNotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Guide not found</p>
      <h1 className="mt-3 text-3xl font-bold text-slate-900">We could not find that guide</h1>
      <p className="mt-4 text-slate-600">It may have moved or been renamed. Every guide we publish is listed in the hub.</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/learn" className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
          Browse all guides
        </Link>
        <Link href="/search" className="rounded-lg border border-slate-300 px-4 py-2.5 text-sm font-semibold text-slate-800 hover:border-brand-600">
          Search the store
        </Link>
      </div>
    </div>
  );
}
