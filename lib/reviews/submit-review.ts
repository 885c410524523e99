// A buyer's review from the invitation link: one per product of the order, waiting for staff approval. The
// insert skips an existing (order, product) pair in the same statement, so a second submit, even at the same
// moment as the first, changes nothing and is answered plainly.
import "server-only";
import { hitRateLimit } from "../auth/rate-limit";
import { db } from "../db";
import type { Refused, Result } from "../result";
import { verifyReviewToken } from "./review-link";
import type { ReviewInput } from "./review-schema";
import { isReviewable } from "./reviewable";

/** Per client address: a buyer of all three devices sends three; a script trying links gets little further. */
export const REVIEW_SUBMIT_LIMIT = { limit: 10, windowSeconds: 3600 };

export type SubmitReviewRefusal =
  | Refused<"RATE_LIMITED", { retryAfterSeconds: number }>
  | Refused<"LINK_INVALID" | "NOT_REVIEWABLE" | "NOT_IN_ORDER" | "ALREADY_REVIEWED">;
export type SubmitReviewResult = Result<{ productName: string }, SubmitReviewRefusal>;

export async function submitReview(input: ReviewInput, context: { ip: string; now?: Date }): Promise<SubmitReviewResult> {
  const now = context.now ?? new Date();
  const limit = await hitRateLimit(`review:ip:${context.ip}`, REVIEW_SUBMIT_LIMIT, now);
  if (!limit.allowed) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  const orderId = verifyReviewToken(input.token, now);
  if (!orderId) return { ok: false, code: "LINK_INVALID" };
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { status: true, fulfilledAt: true, lines: { where: { productId: input.productId }, select: { productName: true } } },
  });
  if (!order) return { ok: false, code: "LINK_INVALID" };
  if (!isReviewable(order)) return { ok: false, code: "NOT_REVIEWABLE" };
  const line = order.lines[0];
  if (!line) return { ok: false, code: "NOT_IN_ORDER" };
  const { count } = await db.review.createMany({
    data: [{ orderId, productId: input.productId, rating: input.rating, body: input.body }],
    skipDuplicates: true,
  });
  if (count === 0) return { ok: false, code: "ALREADY_REVIEWED" };
  return { ok: true, productName: line.productName };
}
