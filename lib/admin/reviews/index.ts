export { listReviewsForModeration, type ModerationRow } from "./list-reviews-for-moderation";
export { moderateReview, type ModerateReviewResult } from "./moderate-review";
export { approveReviewSchema, rejectReviewSchema, type RejectReviewInput } from "./moderation-schema";
export { approvedMessage, moderationRefusal, rejectedMessage } from "./messages";
