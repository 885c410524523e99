import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { JsonLd } from "@/components/json-ld";
import { getArticleBySlug, topicLabel, type ArticleDetail } from "@/lib/articles";
import { isSlug } from "@/lib/slug";
import { env } from "@/lib/env";

type Props = { params: Promise<{ slug: string }> };

/**
 * Cached whole, like the product pages: the build renders only the placeholder (rejected without a database
 * read), a real guide is rendered on its first request, which waits for the complete page ('navigation') so an
 * unknown slug answers 404 with its metadata in <head>, and is then served from the cache until an article or
 * product edit revalidates its tags (TAGS.articles, TAGS.article(slug), TAGS.products).
 */
export const ensureStatic = "navigation";
// The page reads its param at the top, on purpose: it is cached whole, so a navigation waits for the stored
// page rather than showing a shell. Saying so stops Next's dev-time instant-navigation check from reporting it.
export const instant = false;

/** Underscores never match SLUG: the placeholder is a 404 page and never a database read. */
const PLACEHOLDER = "__placeholder__";
export function generateStaticParams() {
  return [{ slug: PLACEHOLDER }];
}

async function readArticle(params: Props["params"]) {
  const { slug } = await params;
  if (!isSlug(slug, "article")) return null; // never a cache entry, nor a database read, for a malformed slug
  return getArticleBySlug(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await readArticle(params);
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

export default async function ArticlePage({ params }: Props) {
  const article = await readArticle(params);
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
