import "server-only";
import { db } from "../db";

export type SitemapEntries = {
  products: { slug: string; updatedAt: Date }[];
  articles: { slug: string; updatedAt: Date }[];
};

/** What search engines may list: active products and published guides. */
export async function findSitemapEntries(): Promise<SitemapEntries> {
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
