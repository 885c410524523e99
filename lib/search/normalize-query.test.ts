import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, normalizeQuery, prefixQuery } from "./normalize-query";
import { cleanSnippet, snippetParts } from "./snippet";
import { MARK_END, MARK_START } from "./types";

describe("normalizeQuery", () => {
  it.each([
    [undefined, { kind: "empty" }],
    ["", { kind: "empty" }],
    ["  \t\n ", { kind: "empty" }],
    ["?!  ...", { kind: "no-words", text: "?! ..." }],
    ["  Calf   cramps ", { kind: "ok", text: "Calf cramps", truncated: false, words: ["calf", "cramps"] }],
    [["night", "day"], { kind: "ok", text: "night", truncated: false, words: ["night"] }],
    ["nu\u0000ll", { kind: "ok", text: "nu ll", truncated: false, words: ["nu", "ll"] }],
    ["Wadenkrämpfe", { kind: "ok", text: "Wadenkrämpfe", truncated: false, words: ["wadenkrämpfe"] }],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeQuery(input)).toEqual(expected);
  });

  it("caps long queries", () => {
    const result = normalizeQuery("cramp ".repeat(100));
    expect(result.kind).toBe("ok");
    if (result.kind === "ok") {
      expect(result.truncated).toBe(true);
      expect(result.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    }
  });
});

describe("prefixQuery", () => {
  it("joins words of three letters or more as prefixes", () => {
    expect(prefixQuery(["ultrag", "pro", "x"])).toBe("ultrag:* & pro:*");
    expect(prefixQuery(["a", "b"])).toBeNull();
  });
});

describe("cleanSnippet", () => {
  it("removes Markdown but keeps the words and match marks", () => {
    expect(cleanSnippet(`## Tips\n\n- **Press** the ${MARK_START}heel${MARK_END} down, see [leg cramp causes](/learn/leg-cramps-causes).`)).toBe(
      `Tips Press the ${MARK_START}heel${MARK_END} down, see leg cramp causes.`,
    );
    expect(cleanSnippet("cut link](/learn/x) then text")).toBe("cut link then text");
  });
});

describe("snippetParts", () => {
  it("splits at the marks", () => {
    expect(snippetParts(`a ${MARK_START}calf${MARK_END} b`)).toEqual([
      { text: "a ", marked: false },
      { text: "calf", marked: true },
      { text: " b", marked: false },
    ]);
  });
});
