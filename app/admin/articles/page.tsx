import type { Metadata } from "next";
import Link from "next/link";
import { listAdminArticles } from "@/lib/admin/articles";
import { topicLabel } from "@/lib/articles/topics";
import { requirePermission } from "@/lib/auth";
import { setArticlePublishedAction } from "./actions";
import { ToggleForm } from "@/components/admin/toggle-form";

export const metadata: Metadata = { title: "Articles" };
export const instant = false;

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminArticlesPage() {
  await requirePermission("articles.manage", "/admin/articles");
  const articles = await listAdminArticles();
  return (
    <section aria-labelledby="articles-title" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="articles-title" className="text-2xl font-bold text-slate-900">Articles</h1>
        <Link href="/admin/articles/new" className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          New article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p className="text-slate-600">No articles yet.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {articles.map((article) => (
            <li key={article.id} className="flex flex-col gap-3 rounded-2xl border border-slate-200 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/articles/${article.id}`} className="font-semibold text-slate-900 underline-offset-2 hover:text-brand-800 hover:underline">
                    {article.title}
                  </Link>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${article.published ? "bg-brand-50 text-brand-800" : "bg-amber-50 text-amber-800"}`}>
                    {article.published ? "Published" : "Draft"}
                  </span>
                </p>
                <p className="mt-1 break-all font-mono text-xs text-slate-500">/learn/{article.slug}</p>
                <p className="mt-1 text-xs text-slate-500">
                  {article.topics.map(topicLabel).join(" · ")} · edited {dateFormat.format(article.updatedAt)}
                </p>
              </div>
              <div className="flex shrink-0 items-start gap-2">
                {article.published ? (
                  <Link href={`/learn/${article.slug}`} className="rounded-lg px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
                    View
                  </Link>
                ) : null}
                <Link href={`/admin/articles/${article.id}`} aria-label={`Edit ${article.title}`} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
                  Edit
                </Link>
                <ToggleForm action={setArticlePublishedAction} id={article.id} field="published" on={article.published} labels={{ on: "Unpublish", off: "Publish" }} subject={article.title} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
