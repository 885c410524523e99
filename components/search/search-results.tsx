import { OptimizedImage } from "@/components/optimized-image";
import Link from "next/link";
import { Price } from "@/components/price";
import type { SearchHit } from "@/lib/search";
import { Snippet } from "./snippet";

function Hit({ hit }: { hit: SearchHit }) {
  const href = hit.kind === "product" ? `/products/${hit.slug}` : `/learn/${hit.slug}`;
  return (
    <article className="group relative flex gap-4 rounded-2xl border border-slate-200 bg-white p-4 transition hover:border-brand-600/40 hover:shadow-sm">
      {hit.kind === "product" && (
        <OptimizedImage src={hit.image} alt="" width={80} height={80} className="size-20 shrink-0 rounded-xl bg-slate-50 object-cover" />
      )}
      <div className="min-w-0 flex-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{hit.kind === "product" ? "Device" : "Guide"}</p>
        <h3 className="mt-1 text-lg font-semibold text-slate-900">
          <Link href={href} className="after:absolute after:inset-0 after:rounded-2xl group-hover:text-brand-800">
            {hit.title}
          </Link>
        </h3>
        <p className="mt-1 text-sm text-slate-700">{hit.summary}</p>
        {hit.snippet && (
          <p className="mt-2 line-clamp-3 text-sm leading-6 text-slate-600 sm:line-clamp-none">
            <span aria-hidden="true">… </span>
            <Snippet text={hit.snippet} />
            <span aria-hidden="true"> …</span>
          </p>
        )}
        {hit.kind === "product" && (
          <p className="mt-2 font-semibold text-slate-900">
            <Price cents={hit.priceCents} currency={hit.currency} />
          </p>
        )}
      </div>
    </article>
  );
}

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="space-y-3">
      {hits.map((hit) => (
        <li key={`${hit.kind}:${hit.slug}`}>
          <Hit hit={hit} />
        </li>
      ))}
    </ol>
  );
}
