import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { POLICY_SLUGS } from "../policies/policy-slugs";

export type SitemapEntries = {
  products: { slug: string; updatedAt: Date }[];
  articles: { slug: string; updatedAt: Date }[];
  policies: { slug: string; updatedAt: Date }[];
};

/**
 * What search engines may list: active products, published guides and the policy pages. Cached; any product,
 * article or policy change refreshes it.
 */
export async function listSitemapEntries(): Promise<SitemapEntries> {
  "use cache";
  cacheTag(TAGS.products, TAGS.articles, TAGS.policies);
  cacheLife("hours");
  const [products, articles, policyRows] = await Promise.all([
    db.product.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { slug: true, updatedAt: true },
    }),
    db.article.findMany({
      where: { published: true },
      orderBy: [{ publishedAt: "desc" }, { slug: "asc" }],
      select: { slug: true, updatedAt: true },
    }),
    db.policyPage.findMany({ select: { slug: true, updatedAt: true } }),
  ]);
  // In the footer's order; a row whose slug the store no longer serves is left out.
  const policies = POLICY_SLUGS.flatMap((slug) => policyRows.filter((row) => row.slug === slug));
  return { products, articles, policies };
}
