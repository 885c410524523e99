import { describe, expect, it } from "vitest";
import { ratingSummary, ratingSummaryText } from "./rating-summary";

describe("ratingSummary", () => {
  it("is null without approved reviews, so nothing is shown", () => {
    expect(ratingSummary(0, 0)).toBeNull();
  });

  it.each([
    // [ratings, average]
    [[5], 5],
    [[5, 4], 4.5],
    [[5, 4, 4], 4.3], // 4.333…
    [[5, 5, 4], 4.7], // 4.666…
    [[1, 2], 1.5],
    [[5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5], 4.1], // 4.1 exactly
    [[4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 4], 4.5], // 4.45: a half-tenth rounds up
    [[4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3], 4], // 3.975
  ])("averages %j to %s", (ratings, average) => {
    const sum = ratings.reduce((total, rating) => total + rating, 0);
    expect(ratingSummary(sum, ratings.length)).toEqual({ average, count: ratings.length });
  });
});

describe("ratingSummaryText", () => {
  it("says the average with one decimal and the count", () => {
    expect(ratingSummaryText({ average: 4.5, count: 12 })).toBe("4.5 out of 5 · 12 reviews");
    expect(ratingSummaryText({ average: 5, count: 1 })).toBe("5.0 out of 5 · 1 review");
    expect(ratingSummaryText({ average: 4, count: 40 })).toBe("4.0 out of 5 · 40 reviews");
  });
});
