import { describe, expect, it } from "vitest";
import { seedArticles } from "../../prisma/seed/articles";
import { GUIDE_QUESTIONS, type GuideAnswers } from "./answers";
import { recommend } from "./recommend";

// Every one of the 3 x 3 x 3 x 2 = 54 answer combinations.
const combinations: GuideAnswers[] = GUIDE_QUESTIONS.where.flatMap((where) =>
  GUIDE_QUESTIONS.severity.flatMap((severity) =>
    GUIDE_QUESTIONS.frequency.flatMap((frequency) =>
      GUIDE_QUESTIONS.night.map((night) => ({ where, severity, frequency, night })),
    ),
  ),
);

// The rules as a shopper would read them, one row per (severity, frequency).
const DEVICE_AND_DOCTOR = {
  "mild/rarely": ["ultragun", "none"],
  "mild/weekly": ["ultragun-pro", "none"],
  "mild/most-days": ["ultragun-pro", "see-a-doctor"],
  "moderate/rarely": ["ultragun", "none"],
  "moderate/weekly": ["ultragun-pro", "none"],
  "moderate/most-days": ["ultragun-pro", "see-a-doctor"],
  "severe/rarely": ["us111", "mention"],
  "severe/weekly": ["us111", "mention"],
  "severe/most-days": ["us111", "see-a-doctor"],
} as const;

const name = (a: GuideAnswers) => `${a.where}, ${a.severity}, ${a.frequency}, night ${a.night}`;

describe("recommend: every answer combination", () => {
  it("covers 54 combinations", () => {
    expect(combinations).toHaveLength(54);
  });

  it.each(combinations.map((answers) => [name(answers), answers] as const))("%s", (_, answers) => {
    const result = recommend(answers);
    const [device, doctor] = DEVICE_AND_DOCTOR[`${answers.severity}/${answers.frequency}`];
    expect(result.device).toBe(device);
    expect(result.doctor).toBe(doctor);

    const has = (slug: string) => result.articles.includes(slug);
    const legs = answers.where !== "hands";
    const hands = answers.where !== "legs";
    expect(has("treating-leg-cramps")).toBe(legs);
    expect(has("leg-cramps-causes")).toBe(legs);
    expect(has("treating-hand-cramps")).toBe(hands);
    expect(has("hand-cramps-causes")).toBe(hands);
    expect(has("night-cramps-charley-horse")).toBe(answers.night === "yes");
    expect(has("preventing-cramps")).toBe(answers.frequency !== "rarely");
    expect(has("when-to-see-a-doctor")).toBe(doctor !== "none");
    // Cramps on most days: the doctor article is the first thing to read.
    if (doctor === "see-a-doctor") expect(result.articles[0]).toBe("when-to-see-a-doctor");

    expect(new Set(result.articles).size).toBe(result.articles.length);
    const seeded = new Set(seedArticles.map((article) => article.slug));
    for (const slug of result.articles) expect(seeded.has(slug)).toBe(true);
  });
});

describe("recommend: whole answers", () => {
  it.each([
    [
      { where: "legs", severity: "mild", frequency: "rarely", night: "no" },
      { device: "ultragun", deviceReason: "occasional", doctor: "none", articles: ["treating-leg-cramps", "leg-cramps-causes"] },
    ],
    [
      { where: "legs", severity: "severe", frequency: "most-days", night: "yes" },
      {
        device: "us111",
        deviceReason: "severe",
        doctor: "see-a-doctor",
        articles: ["when-to-see-a-doctor", "night-cramps-charley-horse", "treating-leg-cramps", "leg-cramps-causes", "preventing-cramps"],
      },
    ],
    [
      { where: "hands", severity: "moderate", frequency: "weekly", night: "no" },
      {
        device: "ultragun-pro",
        deviceReason: "frequent",
        doctor: "none",
        articles: ["treating-hand-cramps", "hand-cramps-causes", "preventing-cramps"],
      },
    ],
    [
      { where: "both", severity: "severe", frequency: "rarely", night: "no" },
      {
        device: "us111",
        deviceReason: "severe",
        doctor: "mention",
        articles: ["treating-leg-cramps", "leg-cramps-causes", "treating-hand-cramps", "hand-cramps-causes", "when-to-see-a-doctor"],
      },
    ],
  ] as const)("%j", (answers, expected) => {
    expect(recommend(answers)).toEqual(expected);
  });
});
