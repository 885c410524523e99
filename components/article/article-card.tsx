import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles";
import { ReadingTime } from "./reading-time";
import { TopicTags } from "./topic-tags";

export function ArticleCard({ article, headingLevel = 3 }: { article: ArticleSummary; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="group relative flex h-full flex-col rounded-2xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-600/40 hover:shadow-md">
      <TopicTags topics={article.topics} />
      <Heading className="mt-3 text-lg font-semibold leading-snug text-slate-900">
        <Link href={`/learn/${article.slug}`} className="after:absolute after:inset-0 after:rounded-2xl group-hover:text-brand-800">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-2 flex-1 text-sm leading-6 text-slate-600">{article.summary}</p>
      <p className="mt-4 text-xs font-medium text-slate-500">
        <ReadingTime minutes={article.readingMinutes} />
      </p>
    </article>
  );
}
