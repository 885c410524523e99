import Link from "next/link";
import { ArticleCard } from "@/components/article/article-card";
import { DeviceCard, type DeviceCardData } from "@/components/article/device-card";
import type { ArticleSummary } from "@/lib/articles";

/** What to offer when a search finds nothing (or before one is made). */
export function SearchSuggestions({ articles, devices }: { articles: ArticleSummary[]; devices: DeviceCardData[] }) {
  return (
    <div className="space-y-10">
      <div className="rounded-2xl border border-brand-100 bg-brand-50 p-5">
        <h2 className="font-semibold text-slate-900">Not sure what to search for?</h2>
        <p className="mt-1 text-sm text-slate-700">
          The relief guide asks four questions and suggests what to read and which device fits.
        </p>
        <Link
          href="/guide"
          className="mt-3 inline-flex rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          Take the relief guide
        </Link>
      </div>
      {articles.length > 0 && (
        <section aria-labelledby="popular-heading">
          <h2 id="popular-heading" className="text-xl font-semibold text-slate-900">
            Popular guides
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {articles.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {devices.length > 0 && (
        <section aria-labelledby="devices-heading">
          <h2 id="devices-heading" className="text-xl font-semibold text-slate-900">
            Our devices
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {devices.map((device) => (
              <li key={device.slug}>
                <DeviceCard device={device} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
