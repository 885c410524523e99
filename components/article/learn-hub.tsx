import type { TopicGroup } from "@/lib/articles";
import { ArticleCard } from "./article-card";

function splitBySize(groups: TopicGroup[]) {
  return {
    wide: groups.filter((group) => group.articles.length > 1),
    narrow: groups.filter((group) => group.articles.length <= 1),
  };
}

function SectionHeading({ group, stacked }: { group: TopicGroup; stacked?: boolean }) {
  return (
    <div
      className={`flex flex-col gap-1 border-b border-slate-200 pb-3 ${stacked ? "" : "sm:flex-row sm:items-baseline sm:justify-between sm:gap-6"}`}
    >
      <h2 id={`topic-${group.topic}-heading`} className="text-xl font-semibold text-slate-900">
        {group.label}
      </h2>
      <p className="text-sm text-slate-600">{group.blurb}</p>
    </div>
  );
}

/**
 * The hub's topic sections: each article once, under its main topic. Topics with several guides
 * get a full row; single-guide topics sit side by side so the page does not trail off in lone cards.
 */
export function TopicSections({ groups }: { groups: TopicGroup[] }) {
  const { wide, narrow } = splitBySize(groups);
  return (
    <div className="space-y-14">
      {wide.map((group) => (
        <section key={group.topic} id={`topic-${group.topic}`} aria-labelledby={`topic-${group.topic}-heading`} className="scroll-mt-6">
          <SectionHeading group={group} />
          <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {group.articles.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {narrow.length > 0 && (
        <div className="grid gap-x-4 gap-y-14 sm:grid-cols-2 lg:grid-cols-3">
          {narrow.map((group) => (
            <section key={group.topic} id={`topic-${group.topic}`} aria-labelledby={`topic-${group.topic}-heading`} className="flex scroll-mt-6 flex-col">
              <SectionHeading group={group} stacked />
              <ul className="mt-5 flex-1">
                {group.articles.map((article) => (
                  <li key={article.slug} className="h-full">
                    <ArticleCard article={article} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

/** Links to the sections, in the order they appear on the page. */
export function TopicNav({ groups }: { groups: TopicGroup[] }) {
  const { wide, narrow } = splitBySize(groups);
  return (
    <nav aria-label="Topics">
      <ul className="flex flex-wrap gap-2">
        {[...wide, ...narrow].map((group) => (
          <li key={group.topic}>
            <a
              href={`#topic-${group.topic}`}
              className="inline-flex rounded-full border border-slate-200 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-800"
            >
              {group.label}
              <span className="ml-1.5 text-slate-500">
                {group.articles.length}
                <span className="sr-only"> guides</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function TopicSectionsSkeleton() {
  return (
    <div className="animate-pulse space-y-10" aria-hidden="true">
      {[3, 2].map((count, section) => (
        <div key={section}>
          <div className="h-6 w-40 rounded bg-slate-100" />
          <div className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {Array.from({ length: count }, (_, index) => (
              <div key={index} className="h-44 rounded-2xl border border-slate-200 bg-slate-50" />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
