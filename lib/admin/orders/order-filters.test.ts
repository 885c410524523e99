import { describe, expect, it } from "vitest";
import { orderFiltersToQuery, orderFiltersToWhere, parseOrderFilters } from "./order-filters";

describe("parseOrderFilters", () => {
  it("keeps valid filters, upper-cases the code and drops what does not parse", () => {
    expect(
      parseOrderFilters({ status: "PAID", from: "2026-11-01", to: "2026-13-45", code: " flashsale ", q: " UC-7K ", attention: "yes", other: "x" }),
    ).toEqual({ status: "PAID", from: "2026-11-01", code: "FLASHSALE", q: "UC-7K" });
    expect(parseOrderFilters(new URLSearchParams("status=SHIPPED&attention=1&q="))).toEqual({ attention: "1" });
    expect(parseOrderFilters({ status: ["REFUNDED", "PAID"] })).toEqual({ status: "REFUNDED" });
  });

  it("round-trips through the query string used by the CSV link", () => {
    const filters = parseOrderFilters({ status: "FULFILLED", q: "anna@example.com", code: "FLASHSALE" });
    expect(parseOrderFilters(new URLSearchParams(orderFiltersToQuery(filters).slice(1)))).toEqual(filters);
    expect(orderFiltersToQuery({})).toBe("");
  });
});

describe("orderFiltersToWhere", () => {
  it("treats the date range as whole UTC days, both ends included", () => {
    expect(orderFiltersToWhere({ from: "2026-11-01", to: "2026-11-03" }).createdAt).toEqual({
      gte: new Date("2026-11-01T00:00:00Z"),
      lt: new Date("2026-11-04T00:00:00Z"),
    });
  });
});
