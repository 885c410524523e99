// Approves or rejects a review, with its audit row in the same transaction. The update is conditional on the
// status the moderator's page was built from being still current, so two moderators deciding at once cannot
// both win, and a decision already taken is answered, not repeated.
import "server-only";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db";
import type { ReviewStatus } from "../../generated/prisma/enums";
import type { Refused, Result } from "../../result";

export type ModerationDecision = { reviewId: string; decision: "APPROVED" } | { reviewId: string; decision: "REJECTED"; reason: string };
export type ModerateReviewRefusal = Refused<"NOT_FOUND" | "CHANGED"> | Refused<"UNCHANGED", { status: ReviewStatus }>;
/** `productSlug`: the page whose cached reviews the caller revalidates. */
export type ModerateReviewResult = Result<{ productSlug: string; productName: string }, ModerateReviewRefusal>;

export async function moderateReview(input: ModerationDecision, actorId: string, now = new Date()): Promise<ModerateReviewResult> {
  return db.$transaction(async (tx): Promise<ModerateReviewResult> => {
    const before = await tx.review.findUnique({
      where: { id: input.reviewId },
      select: { status: true, rejectReason: true, product: { select: { slug: true, name: true } } },
    });
    if (!before) return { ok: false, code: "NOT_FOUND" };
    if (before.status === input.decision) return { ok: false, code: "UNCHANGED", status: before.status };
    const rejectReason = input.decision === "REJECTED" ? input.reason : null;
    const { count } = await tx.review.updateMany({
      where: { id: input.reviewId, status: before.status },
      data: { status: input.decision, rejectReason, moderatedById: actorId, moderatedAt: now },
    });
    if (count === 0) return { ok: false, code: "CHANGED" };
    await recordAudit(tx, {
      actorId,
      action: input.decision === "APPROVED" ? "review.approve" : "review.reject",
      entityType: "review",
      entityId: input.reviewId,
      before: { status: before.status, rejectReason: before.rejectReason, product: before.product.slug },
      after: { status: input.decision, rejectReason, product: before.product.slug },
    });
    return { ok: true, productSlug: before.product.slug, productName: before.product.name };
  });
}
