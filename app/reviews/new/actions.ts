"use server";

import { publicAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { clientAddress } from "@/lib/http/client-address";
import { reviewRefusal, reviewSchema, reviewThanksMessage, submitReview } from "@/lib/reviews";

/** The review form: anyone holding the signed invitation link may send one review per product of its order. */
export const submitReviewAction = publicAction(reviewSchema, async (input) => {
  const result = await submitReview(input, { ip: await clientAddress() });
  if (!result.ok) return refusal(result.code, reviewRefusal(result));
  return { ok: true, data: undefined, message: reviewThanksMessage(result.productName) };
});
