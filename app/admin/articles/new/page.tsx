import type { Metadata } from "next";
import Link from "next/link";
import { listArticleProducts } from "@/lib/admin/articles";
import { TOPIC_ORDER, TOPICS } from "@/lib/articles/topics";
import { requirePermission } from "@/lib/auth";
import { createArticleAction } from "../actions";
import { ArticleForm } from "../_components/article-form";

export const metadata: Metadata = { title: "New article" };
export const instant = false;

export default async function NewArticlePage() {
  await requirePermission("articles.manage", "/admin/articles/new");
  const products = await listArticleProducts();
  return (
    <section aria-labelledby="new-article-title" className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/articles" className="text-brand-700 underline">Articles</Link>
      </p>
      <h1 id="new-article-title" className="text-2xl font-bold text-slate-900">New article</h1>
      <ArticleForm
        action={createArticleAction}
        submitLabel="Create article"
        topics={TOPIC_ORDER.map((topic) => ({ value: topic, label: TOPICS[topic].label }))}
        products={products.map((product) => ({ value: product.id, label: product.active ? product.name : `${product.name} (hidden)` }))}
        values={{ slug: "", title: "", summary: "", body: "", topics: [], productIds: [], published: false }}
      />
    </section>
  );
}
