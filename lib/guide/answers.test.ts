import { describe, expect, it } from "vitest";
import { parseGuideAnswers } from "./answers";

describe("parseGuideAnswers", () => {
  it("treats a query without guide answers as not answered yet", () => {
    expect(parseGuideAnswers({})).toEqual({ kind: "unanswered" });
    expect(parseGuideAnswers({ utm_source: "mail", where: "  " })).toEqual({ kind: "unanswered" });
  });

  it("accepts a full set of answers", () => {
    expect(parseGuideAnswers({ where: "both", severity: "moderate", frequency: "most-days", night: "yes" })).toEqual({
      kind: "answered",
      answers: { where: "both", severity: "moderate", frequency: "most-days", night: "yes" },
    });
  });

  it("takes the first value when a field is repeated", () => {
    const parsed = parseGuideAnswers({ where: ["hands", "legs"], severity: "mild", frequency: "rarely", night: "no" });
    expect(parsed).toMatchObject({ kind: "answered", answers: { where: "hands" } });
  });

  it.each([
    [{ where: "legs" }, { severity: "missing", frequency: "missing", night: "missing" }, { where: "legs" }],
    [
      { where: "arms", severity: "severe", frequency: "rarely", night: "no" },
      { where: "invalid" },
      { severity: "severe", frequency: "rarely", night: "no" },
    ],
    [
      { where: "legs", severity: "SEVERE", frequency: "daily", night: "maybe" },
      { severity: "invalid", frequency: "invalid", night: "invalid" },
      { where: "legs" },
    ],
  ])("%j -> errors %j, keeps %j", (query, errors, values) => {
    expect(parseGuideAnswers(query)).toEqual({ kind: "invalid", errors, values });
  });
});
