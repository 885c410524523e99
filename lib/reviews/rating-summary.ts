// The figure a product page shows above its reviews: the average of the approved ratings to one decimal and
// how many there are. Pure, from the database's sum and count, so the rounding is exact: the average is
// computed in tenths of integers, never from a float that may sit just below a half.

export type RatingSummary = { average: number; count: number };

/** null when nothing is approved yet: the page then shows no rating and its JSON-LD no rating markup. */
export function ratingSummary(sum: number, count: number): RatingSummary | null {
  if (count <= 0) return null;
  // Half-tenths round up: 4.45 → 4.5. sum * 10 / count is a multiple of 0.5 exactly when it is a half, so the
  // division is exact where the rounding matters.
  return { average: Math.round((sum * 10) / count) / 10, count };
}

/** "4.5 out of 5 · 12 reviews" */
export function ratingSummaryText({ average, count }: RatingSummary): string {
  return `${average.toFixed(1)} out of 5 · ${count} ${count === 1 ? "review" : "reviews"}`;
}
