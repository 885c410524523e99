import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { ArticleSkeleton } from "@/components/article/article-skeleton";
import { ArticleView } from "@/components/article/article-view";
import { JsonLd } from "@/components/article/json-ld";
import { getArticle, topicLabel, type ArticleDetail } from "@/lib/articles";
import { env } from "@/lib/env";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const article = await getArticle((await params).slug);
  if (!article) return { title: "Guide not found", robots: { index: false } };
  const url = `/learn/${article.slug}`;
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      siteName: "UltraCare Pro",
      url,
      title: article.title,
      description: article.summary,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      section: topicLabel(article.topics[0] ?? "causes"),
      tags: article.topics.map(topicLabel),
      images: ["/images/og-default.png"],
    },
  };
}

function structuredData(article: ArticleDetail, crumbs: { name: string; href: string }[]) {
  const base = env().APP_URL;
  const absolute = (path: string) => new URL(path, base).toString();
  const organization = { "@type": "Organization", name: "UltraCare Pro", url: absolute("/") };
  return [
    {
      "@context": "https://schema.org",
      "@type": "Article",
      headline: article.title,
      description: article.summary,
      datePublished: article.publishedAt ?? article.updatedAt,
      dateModified: article.updatedAt,
      mainEntityOfPage: absolute(`/learn/${article.slug}`),
      image: [absolute("/images/og-default.png")],
      author: organization,
      publisher: { ...organization, logo: { "@type": "ImageObject", url: absolute("/logo.svg") } },
      keywords: article.topics.map(topicLabel).join(", "),
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: crumbs.map((crumb, index) => ({
        "@type": "ListItem",
        position: index + 1,
        name: crumb.name,
        item: absolute(crumb.href),
      })),
    },
  ];
}

async function Article({ params }: Props) {
  await connection(); // read at request time (cached by tag), never at build time
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const crumbs = [
    { name: "Home", href: "/" },
    { name: "Learn", href: "/learn" },
    { name: article.title, href: `/learn/${article.slug}` },
  ];
  return (
    <>
      <JsonLd data={structuredData(article, crumbs)} />
      <ArticleView article={article} crumbs={crumbs} />
    </>
  );
}

export default function ArticlePage(props: Props) {
  return (
    <Suspense fallback={<ArticleSkeleton />}>
      <Article {...props} />
    </Suspense>
  );
}
