import type { ArticleDetail } from "@/lib/articles";
import { ArticleCard } from "./article-card";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";
import { DeviceCard } from "./device-card";
import { MarkdownBody } from "./markdown-body";
import { MedicalDisclaimer } from "./medical-disclaimer";
import { ReadingTime } from "./reading-time";
import { TableOfContents } from "./table-of-contents";
import { TopicTags } from "./topic-tags";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export function ArticleView({ article, crumbs }: { article: ArticleDetail; crumbs: Crumb[] }) {
  const date = article.publishedAt ?? article.updatedAt;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
      <Breadcrumbs items={crumbs} />
      <article className="mt-6">
        <header className="max-w-3xl">
          <TopicTags topics={article.topics} />
          <h1 className="mt-4 text-3xl font-bold leading-tight tracking-tight text-slate-900 sm:text-4xl">{article.title}</h1>
          <p className="mt-4 text-lg leading-8 text-slate-600">{article.summary}</p>
          <p className="mt-4 flex flex-wrap gap-x-3 text-sm text-slate-500">
            <ReadingTime minutes={article.readingMinutes} />
            <span aria-hidden="true">·</span>
            <time dateTime={date}>{dateFormat.format(new Date(date))}</time>
          </p>
        </header>

        <div className="mt-8 grid gap-10 lg:mt-10 lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-16">
          <div className="lg:order-2">
            <div className="lg:sticky lg:top-6">
              <TableOfContents headings={article.headings} />
            </div>
          </div>
          <div className="max-w-3xl lg:order-1">
            <MarkdownBody markdown={article.body} />
            <div className="mt-12">
              <MedicalDisclaimer />
            </div>
          </div>
        </div>
      </article>

      {article.devices.length > 0 && (
        <section aria-labelledby="devices-heading" className="mt-16 border-t border-slate-200 pt-10">
          <h2 id="devices-heading" className="text-2xl font-semibold text-slate-900">Devices that may help</h2>
          <p className="mt-1 text-slate-600">Chosen for the cramps this guide talks about.</p>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {article.devices.map((device) => (
              <li key={device.slug}>
                <DeviceCard device={device} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {article.related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-14">
          <h2 id="related-heading" className="text-2xl font-semibold text-slate-900">Keep reading</h2>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {article.related.map((related) => (
              <li key={related.slug}>
                <ArticleCard article={related} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
