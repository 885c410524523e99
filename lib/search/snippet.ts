import { MARK_END, MARK_START } from "./types";

/**
 * Turns a ts_headline fragment of Markdown into readable text: link targets, emphasis and heading
 * marks go, the match markers stay.
 */
export function cleanSnippet(fragment: string): string {
  return fragment
    .replace(/!?\[([^\]]*)\]\([^)]*\)?/g, "$1") // [text](target) -> text, also when cut short
    .replace(/\]\([^)\s]*\)?/g, "") // a link target whose text was cut off
    .replace(/(^|\s)#{1,6}\s/g, "$1")
    .replace(/(\*\*|__|\*|`)/g, "")
    .replace(/(^|\n)\s*(?:[-+]|\d+\.)\s+/g, "$1")
    .replace(/[[\]]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export type SnippetPart = { text: string; marked: boolean };

/** Splits a snippet at its match markers, for rendering the matches in <mark>. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = "";
  for (const char of snippet) {
    if (char === MARK_START || char === MARK_END) {
      if (text) parts.push({ text, marked });
      text = "";
      marked = char === MARK_START;
    } else {
      text += char;
    }
  }
  if (text) parts.push({ text, marked });
  return parts;
}
