// What the review form may send. The token is the signed invitation link's; the product must be one of that
// order's (checked in submitReview). The text is stored as typed and shown as plain text, never as HTML.
import { z } from "zod";

export const REVIEW_BODY_MIN = 10;
export const REVIEW_BODY_MAX = 2000;

export const reviewSchema = z.object({
  token: z.string().max(200),
  productId: z.string().min(1).max(40),
  rating: z.coerce
    .number({ message: "Choose a rating from 1 to 5 stars." })
    .int("Choose a rating from 1 to 5 stars.")
    .min(1, "Choose a rating from 1 to 5 stars.")
    .max(5, "Choose a rating from 1 to 5 stars."),
  body: z
    .string({ message: `Write at least ${REVIEW_BODY_MIN} characters.` })
    .trim()
    .min(REVIEW_BODY_MIN, `Write at least ${REVIEW_BODY_MIN} characters.`)
    .max(REVIEW_BODY_MAX, `Use at most ${REVIEW_BODY_MAX.toLocaleString("en-US")} characters.`),
});

export type ReviewInput = z.infer<typeof reviewSchema>;
