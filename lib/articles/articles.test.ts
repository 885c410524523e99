import { describe, expect, it } from "vitest";
import { extractHeadings } from "./headings";
import { rankRelated } from "./rank-related";
import { readingMinutes, WORDS_PER_MINUTE } from "./reading-time";
import { groupByPrimaryTopic } from "./topics";
import type { ArticleSummary } from "./types";

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(" ");

describe("readingMinutes", () => {
  it.each([
    [0, 1],
    [1, 1],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE + 1, 2],
    [WORDS_PER_MINUTE * 5, 5],
  ])("%i words -> %i min", (count, minutes) => {
    expect(readingMinutes(words(count))).toBe(minutes);
  });

  it("does not count link targets or Markdown symbols as words", () => {
    const link = `[calf](/learn/a-very-long-link-target-with-many-parts-that-is-not-read-aloud) `;
    expect(readingMinutes(link.repeat(WORDS_PER_MINUTE))).toBe(1);
    expect(readingMinutes(`## ${"**bold** - ".repeat(WORDS_PER_MINUTE)}`)).toBe(1);
  });
});

describe("extractHeadings", () => {
  it("lists second- and third-level headings with GitHub-style ids, skipping code", () => {
    const markdown = [
      "# Title",
      "## What the **terms** mean",
      "text",
      "```",
      "## not a heading",
      "```",
      "### Night & day: 2 cases",
      "## What the terms mean",
      "#### Too deep",
    ].join("\n\n");
    expect(extractHeadings(markdown)).toEqual([
      { id: "what-the-terms-mean", text: "What the terms mean", depth: 2 },
      { id: "night--day-2-cases", text: "Night & day: 2 cases", depth: 3 },
      { id: "what-the-terms-mean-1", text: "What the terms mean", depth: 2 },
    ]);
  });
});

const article = (slug: string, topics: string[], publishedAt: string): ArticleSummary => ({
  slug,
  title: slug,
  summary: "",
  topics,
  readingMinutes: 3,
  publishedAt,
  updatedAt: publishedAt,
});

describe("rankRelated", () => {
  it("puts the most shared topics first, then newer articles, and drops unrelated ones", () => {
    const candidates = [
      article("old-legs", ["legs"], "2026-01-01"),
      article("new-legs", ["legs"], "2026-03-01"),
      article("legs-night", ["legs", "night"], "2026-02-01"),
      article("hands", ["hands"], "2026-04-01"),
    ];
    expect(rankRelated(["legs", "night"], candidates).map((a) => a.slug)).toEqual(["legs-night", "new-legs", "old-legs"]);
    expect(rankRelated(["legs"], candidates, 1).map((a) => a.slug)).toEqual(["new-legs"]);
    expect(rankRelated(["science"], candidates)).toEqual([]);
  });
});

describe("groupByPrimaryTopic", () => {
  it("shows each article once, under its first known topic, in hub order", () => {
    const groups = groupByPrimaryTopic([
      article("night", ["legs", "night"], "2026-01-01"),
      article("prevent", ["prevention", "legs", "hands"], "2026-01-02"),
      article("hand", ["hands"], "2026-01-03"),
      article("odd", ["unknown-topic"], "2026-01-04"),
    ]);
    expect(groups.map((g) => [g.topic, g.articles.map((a) => a.slug)])).toEqual([
      ["legs", ["night"]],
      ["hands", ["hand"]],
      ["prevention", ["prevent"]],
      ["causes", ["odd"]],
    ]);
  });
});
