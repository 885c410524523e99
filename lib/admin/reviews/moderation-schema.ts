// What the moderation buttons may send: the review, and for a rejection the reason staff give (kept in the
// review and the audit log, so a later question about a removed review has an answer).
import { z } from "zod";

export const approveReviewSchema = z.object({ reviewId: z.string().min(1).max(40) });

export const rejectReviewSchema = approveReviewSchema.extend({
  reason: z
    .string({ message: "Say why this review is rejected." })
    .trim()
    .min(5, "Say why this review is rejected, in at least 5 characters.")
    .max(300, "Use at most 300 characters."),
});

export type RejectReviewInput = z.infer<typeof rejectReviewSchema>;
