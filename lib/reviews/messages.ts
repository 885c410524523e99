// The review form's sentences for buyers, by refusal code.
import type { RefusalText } from "../actions/messages";
import type { ReviewInvitationResult } from "./get-review-invitation";
import type { SubmitReviewRefusal } from "./submit-review";

type InvitationRefusal = Extract<ReviewInvitationResult, { ok: false }>["code"];

export const LINK_REFUSALS = {
  LINK_INVALID: "This review link does not work: it may be mistyped, changed, or older than 60 days.",
  NOT_REVIEWABLE: "This order can no longer be reviewed: it was refunded or cancelled.",
} satisfies Record<InvitationRefusal, string>;

export function reviewRefusal(refused: SubmitReviewRefusal): RefusalText {
  switch (refused.code) {
    case "RATE_LIMITED": {
      const minutes = Math.max(1, Math.ceil(refused.retryAfterSeconds / 60));
      return `Too many reviews were sent from your connection just now. Please wait ${minutes} minute${minutes > 1 ? "s" : ""} and try again.`;
    }
    case "LINK_INVALID":
    case "NOT_REVIEWABLE":
      return LINK_REFUSALS[refused.code];
    case "NOT_IN_ORDER":
      return "This product is not part of the order this link belongs to.";
    case "ALREADY_REVIEWED":
      return "You have already reviewed this product for this order, so nothing was changed.";
  }
}

export const reviewThanksMessage = (productName: string) =>
  `Thank you. Your review of the ${productName} will appear on its page once our team has read it.`;
