import { describe, expect, it } from "vitest";
import { GUIDE_QUESTIONS, guideQuery, parseGuideAnswers, type GuideAnswers } from "./answers";
import { deviceFit } from "./device-fit";
import { recommend } from "./recommend";

const combinations: GuideAnswers[] = GUIDE_QUESTIONS.where.flatMap((where) =>
  GUIDE_QUESTIONS.severity.flatMap((severity) =>
    GUIDE_QUESTIONS.frequency.flatMap((frequency) => GUIDE_QUESTIONS.night.map((night) => ({ where, severity, frequency, night }))),
  ),
);

describe("deviceFit", () => {
  it("marks exactly the guide's own pick as the best fit, for every answer combination", () => {
    for (const answers of combinations) {
      const fit = deviceFit(answers);
      const best = Object.entries(fit).filter(([, f]) => f.kind === "best").map(([slug]) => slug);
      expect(best).toEqual([recommend(answers).device]);
    }
  });

  it.each([
    [{ severity: "severe", frequency: "weekly" }, { us111: { kind: "best" }, ultragun: { kind: "less", reason: "for-milder" }, "ultragun-pro": { kind: "less", reason: "for-milder" } }],
    [{ severity: "moderate", frequency: "weekly" }, { us111: { kind: "less", reason: "for-severe" }, ultragun: { kind: "less", reason: "for-occasional" }, "ultragun-pro": { kind: "best" } }],
    [{ severity: "mild", frequency: "rarely" }, { us111: { kind: "less", reason: "for-severe" }, ultragun: { kind: "best" }, "ultragun-pro": { kind: "less", reason: "for-frequent" } }],
  ] as const)("%j -> %j", (partial, expected) => {
    expect(deviceFit({ where: "legs", night: "no", ...partial })).toEqual(expected);
  });
});

describe("guideQuery", () => {
  it("gives a query the guide's parser reads back to the same answers", () => {
    const answers: GuideAnswers = { where: "both", severity: "moderate", frequency: "most-days", night: "yes" };
    const query = guideQuery(answers);
    expect(query).toBe("where=both&severity=moderate&frequency=most-days&night=yes");
    expect(parseGuideAnswers(Object.fromEntries(new URLSearchParams(query)))).toEqual({ kind: "answered", answers });
  });
});
