"use server";

import { refresh, updateTag } from "next/cache";
import { permissionAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { approvedMessage, approveReviewSchema, moderateReview, moderationRefusal, rejectedMessage, rejectReviewSchema } from "@/lib/admin/reviews";
import { TAGS } from "@/lib/cache-tags";

export const approveReviewAction = permissionAction("reviews.moderate", approveReviewSchema, async (input, { user }) => {
  const result = await moderateReview({ reviewId: input.reviewId, decision: "APPROVED" }, user.id);
  if (!result.ok) return refusal(result.code, moderationRefusal(result));
  updateTag(TAGS.product(result.productSlug)); // the product page (cached whole) and its reviews read this tag
  refresh();
  return { ok: true, data: undefined, message: approvedMessage(result.productName) };
});

export const rejectReviewAction = permissionAction("reviews.moderate", rejectReviewSchema, async (input, { user }) => {
  const result = await moderateReview({ reviewId: input.reviewId, decision: "REJECTED", reason: input.reason }, user.id);
  if (!result.ok) return refusal(result.code, moderationRefusal(result));
  updateTag(TAGS.product(result.productSlug)); // a rejected review that was shown leaves the page at once
  refresh();
  return { ok: true, data: undefined, message: rejectedMessage };
});
