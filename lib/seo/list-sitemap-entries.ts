import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";

export type SitemapEntries = {
  products: { slug: string; updatedAt: Date }[];
  articles: { slug: string; updatedAt: Date }[];
};

/** What search engines may list: active products and published guides. Cached; any product or article change refreshes it. */
export async function listSitemapEntries(): Promise<SitemapEntries> {
  "use cache";
  cacheTag(TAGS.products, TAGS.articles);
  cacheLife("hours");
  const [products, articles] = await Promise.all([
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
  ]);
  return { products, articles };
}
