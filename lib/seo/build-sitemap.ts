import type { MetadataRoute } from "next";
import { absoluteUrl } from "./absolute-url";
import type { SitemapEntries } from "./list-sitemap-entries";

/** Pages that exist whatever the database holds. */
export const STATIC_PAGES = [
  { path: "/", changeFrequency: "daily", priority: 1 },
  { path: "/products", changeFrequency: "daily", priority: 0.9 },
  { path: "/compare", changeFrequency: "weekly", priority: 0.8 },
  { path: "/guide", changeFrequency: "monthly", priority: 0.7 },
  { path: "/learn", changeFrequency: "weekly", priority: 0.7 },
] as const;

export function buildSitemap(entries: SitemapEntries, baseUrl: string): MetadataRoute.Sitemap {
  return [
    ...STATIC_PAGES.map((page) => ({
      url: absoluteUrl(page.path, baseUrl),
      changeFrequency: page.changeFrequency,
      priority: page.priority,
    })),
    ...entries.products.map((product) => ({
      url: absoluteUrl(`/products/${encodeURIComponent(product.slug)}`, baseUrl),
      lastModified: product.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
    ...entries.articles.map((article) => ({
      url: absoluteUrl(`/learn/${encodeURIComponent(article.slug)}`, baseUrl),
      lastModified: article.updatedAt,
      changeFrequency: "monthly" as const,
      priority: 0.6,
    })),
    ...entries.policies.map((policy) => ({
      url: absoluteUrl(`/policies/${encodeURIComponent(policy.slug)}`, baseUrl),
      lastModified: policy.updatedAt,
      changeFrequency: "yearly" as const,
      priority: 0.3,
    })),
  ];
}
