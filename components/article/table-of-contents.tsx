import type { TocHeading } from "@/lib/articles";

function TocList({ headings }: { headings: TocHeading[] }) {
  return (
    // The links' look is set once on the list, not per link (an article's contents list is long, and shown twice).
    <ol className="space-y-2 text-sm [&_a]:text-slate-600 [&_a:hover]:text-brand-700 [&_a:hover]:underline">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? "pl-4" : undefined}>
          <a href={`#${heading.id}`}>
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/** Open on wide screens (a sidebar), folded on phones so the article starts near the top. */
export function TableOfContents({ headings }: { headings: TocHeading[] }) {
  if (headings.length === 0) return null;
  return (
    <>
      <details className="rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 lg:hidden">
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">In this guide</summary>
        <nav aria-label="Table of contents" className="mt-3">
          <TocList headings={headings} />
        </nav>
      </details>
      <nav aria-labelledby="toc-heading" className="hidden lg:block">
        <h2 id="toc-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500">
          In this guide
        </h2>
        <div className="mt-3 border-l border-slate-200 pl-4">
          <TocList headings={headings} />
        </div>
      </nav>
    </>
  );
}
