import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { getArticleForEdit, listArticleProducts } from "@/lib/admin/articles";
import { TOPIC_ORDER, TOPICS } from "@/lib/articles/topics";
import { requirePermission } from "@/lib/auth";
import { updateArticleAction } from "../actions";
import { ArticleForm } from "../_components/article-form";

export const metadata: Metadata = { title: "Edit article" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("articles.manage", `/admin/articles/${encodeURIComponent(id ?? "")}`);
  const [article, products, query] = await Promise.all([getArticleForEdit(id), listArticleProducts(), searchParams]);
  if (!article) notFound();
  return (
    <section aria-labelledby="edit-article-title" className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/articles" className="text-brand-700 underline">Articles</Link>
      </p>
      <h1 id="edit-article-title" className="text-2xl font-bold text-slate-900">Edit article</h1>
      {query.created ? <FormAlert tone="success" message="Article created." /> : null}
      <ArticleForm
        action={updateArticleAction}
        submitLabel="Save changes"
        topics={TOPIC_ORDER.map((topic) => ({ value: topic, label: TOPICS[topic].label }))}
        products={products.map((product) => ({ value: product.id, label: product.active ? product.name : `${product.name} (hidden)` }))}
        values={article}
      />
    </section>
  );
}
