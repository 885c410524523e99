// The approved reviews a product page shows, with their average and count. Cached with the product's own tag,
// so the page stays cached whole and an approval or rejection (which revalidates TAGS.product(slug)) shows at once.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { ERASED } from "../account/delete-account";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { ratingSummary, type RatingSummary } from "./rating-summary";

/** The newest approved reviews shown; the average and count cover them all. */
export const REVIEWS_SHOWN = 20;

/** `firstName`: from the order's shipping name, null when there is none or the account was deleted. */
export type PublicReview = { id: string; rating: number; body: string; firstName: string | null; publishedAt: string };
export type ProductReviews = { summary: RatingSummary | null; reviews: PublicReview[] };

export async function getProductReviews(slug: string): Promise<ProductReviews> {
  "use cache";
  cacheTag(TAGS.product(slug));
  cacheLife("days");
  const where = { status: "APPROVED" as const, product: { slug } };
  const [totals, rows] = await Promise.all([
    db.review.aggregate({ where, _sum: { rating: true }, _count: { _all: true } }),
    db.review.findMany({
      where,
      orderBy: [{ moderatedAt: "desc" }, { id: "asc" }],
      take: REVIEWS_SHOWN,
      select: { id: true, rating: true, body: true, moderatedAt: true, createdAt: true, order: { select: { shippingName: true } } },
    }),
  ]);
  return {
    summary: ratingSummary(totals._sum.rating ?? 0, totals._count._all),
    reviews: rows.map((row) => ({
      id: row.id,
      rating: row.rating,
      body: row.body,
      firstName: firstName(row.order.shippingName),
      publishedAt: (row.moderatedAt ?? row.createdAt).toISOString(),
    })),
  };
}

function firstName(shippingName: string | null): string | null {
  if (!shippingName || shippingName === ERASED.name) return null;
  return shippingName.trim().split(/\s+/)[0]?.slice(0, 40) || null;
}
