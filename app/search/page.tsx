import type { Metadata } from "next";
import { connection } from "next/server";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchSuggestions } from "@/components/search/search-suggestions";
import { listArticles } from "@/lib/articles";
import { listProducts } from "@/lib/catalog";
import { POPULAR_ARTICLE_SLUGS, searchSite } from "@/lib/search";

export const metadata: Metadata = {
  title: "Search",
  description: "Search UltraCare Pro's devices and cramp guides.",
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<{ q?: string | string[] }> };

async function Suggestions() {
  const [articles, products] = await Promise.all([listArticles(), listProducts()]);
  const popular = POPULAR_ARTICLE_SLUGS.flatMap((slug) => articles.find((article) => article.slug === slug) ?? []);
  return <SearchSuggestions articles={popular} devices={products} />;
}

function Status({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="text-slate-700">
      {children}
    </p>
  );
}

/**
 * Rendered in full before the response starts (no Suspense boundary; `instant = false` allows the
 * route to block), so the search form and its results work without JavaScript: streamed Suspense
 * content only appears through an inline script. The query is read at request time and results are
 * never cached per query; only the suggestions come from tagged caches.
 */
export const instant = false;

async function Results({ searchParams }: Props) {
  const { q } = await searchParams;
  await connection(); // the search reads the database per request (never cached per query)
  const outcome = await searchSite(q);
  const query = outcome.kind === "empty" ? "" : outcome.query;
  return (
    <>
      <SearchForm defaultValue={query} />
      <div className="mt-8 space-y-8">
        {outcome.kind === "empty" && <Suggestions />}
        {outcome.kind === "no-words" && (
          <>
            <Status>Search needs at least one word or number. Try “calf”, “night” or “UltraGun”.</Status>
            <Suggestions />
          </>
        )}
        {outcome.kind === "results" && outcome.hits.length === 0 && (
          <>
            <Status>
              Nothing matched “{outcome.query}”. Check the spelling, try fewer words, or start from one of these.
            </Status>
            <Suggestions />
          </>
        )}
        {outcome.kind === "results" && outcome.hits.length > 0 && (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className="sr-only">
              Results
            </h2>
            <Status>
              {outcome.hits.length === 1 ? "1 result" : `${outcome.hits.length} results`} for “{outcome.query}”
              {outcome.truncated && <span className="text-slate-500"> (long searches are cut to their first 100 characters)</span>}
            </Status>
            <div className="mt-4">
              <SearchResults hits={outcome.hits} />
            </div>
          </section>
        )}
      </div>
    </>
  );
}

export default function SearchPage(props: Props) {
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Search</h1>
      <p className="mt-2 text-slate-600">Devices and guides, searched together.</p>
      <div className="mt-6">
        <Results {...props} />
      </div>
    </div>
  );
}
