// What the review form shows for a signed invitation link: the order's products, each with the buyer's review
// if one was sent already. Read per request (the link is one buyer's), never cached.
import "server-only";
import { db } from "../db";
import type { ReviewStatus } from "../generated/prisma/enums";
import type { Refused, Result } from "../result";
import { verifyReviewToken } from "./review-link";
import { isReviewable } from "./reviewable";

export type InvitedProduct = { productId: string; name: string; slug: string; review: { rating: number; status: ReviewStatus } | null };

export type ReviewInvitationResult = Result<{ orderNumber: string; products: InvitedProduct[] }, Refused<"LINK_INVALID" | "NOT_REVIEWABLE">>;

export async function getReviewInvitation(token: string | undefined, now = new Date()): Promise<ReviewInvitationResult> {
  const orderId = verifyReviewToken(token, now);
  if (!orderId) return { ok: false, code: "LINK_INVALID" };
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      number: true,
      status: true,
      fulfilledAt: true,
      lines: { orderBy: { productName: "asc" }, select: { productId: true, productName: true, product: { select: { slug: true } } } },
      reviews: { select: { productId: true, rating: true, status: true } },
    },
  });
  if (!order) return { ok: false, code: "LINK_INVALID" };
  if (!isReviewable(order)) return { ok: false, code: "NOT_REVIEWABLE" };
  const reviews = new Map(order.reviews.map((review) => [review.productId, review]));
  return {
    ok: true,
    orderNumber: order.number,
    products: order.lines.map((line) => {
      const review = reviews.get(line.productId);
      return { productId: line.productId, name: line.productName, slug: line.product.slug, review: review ? { rating: review.rating, status: review.status } : null };
    }),
  };
}
