// What staff read after approving or rejecting a review, or when it is refused.
import type { RefusalText } from "../../actions/messages";
import type { ModerateReviewRefusal } from "./moderate-review";

export function moderationRefusal(refused: ModerateReviewRefusal): RefusalText {
  switch (refused.code) {
    case "NOT_FOUND":
      return "This review no longer exists.";
    case "CHANGED":
      return "Someone else decided on this review meanwhile. Reload the page to see it.";
    case "UNCHANGED":
      return refused.status === "APPROVED" ? "This review is already approved." : "This review is already rejected.";
  }
}

export const approvedMessage = (productName: string) => `Approved. It shows on the ${productName} page now.`;
export const rejectedMessage = "Rejected. The reviewer's words stay off the store; the reason is kept with the review.";
