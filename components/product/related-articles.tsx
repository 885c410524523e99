import Link from "next/link";
import type { RelatedArticle } from "@/lib/catalog";

export function RelatedArticles({ articles }: { articles: RelatedArticle[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-guides" className="mt-16">
      <h2 id="related-guides" className="text-2xl font-semibold text-slate-900">
        Read before you buy
      </h2>
      <p className="mt-2 text-slate-600">Short guides from our education hub on the cramps this device helps with.</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.slug}>
            <Link
              href={`/learn/${article.slug}`}
              className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 transition hover:border-brand-600/40 hover:shadow-sm"
            >
              <span className="font-semibold text-slate-900">{article.title}</span>
              <span className="mt-2 line-clamp-3 text-sm text-slate-600">{article.summary}</span>
              <span className="mt-auto pt-3 text-sm font-medium text-brand-700">
                Read the guide <span aria-hidden="true">→</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
