export { getProductReviews, type ProductReviews, type PublicReview } from "./get-product-reviews";
export { getReviewInvitation, type InvitedProduct, type ReviewInvitationResult } from "./get-review-invitation";
export { LINK_REFUSALS, reviewRefusal, reviewThanksMessage } from "./messages";
export { ratingSummary, ratingSummaryText, type RatingSummary } from "./rating-summary";
export { REVIEW_FORM_PATH } from "./review-link";
export { REVIEW_BODY_MAX, REVIEW_BODY_MIN, reviewSchema, type ReviewInput } from "./review-schema";
export { sendReviewInvitations } from "./send-review-invitations";
export { submitReview, type SubmitReviewResult } from "./submit-review";
