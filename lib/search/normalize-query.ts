/** Longer queries are cut here: nobody types more, and the database is not made to parse a novel. */
export const MAX_QUERY_LENGTH = 100;

export type NormalizedQuery =
  | { kind: "empty" }
  /** Only punctuation or symbols: nothing a text search can match. */
  | { kind: "no-words"; text: string }
  | { kind: "ok"; text: string; truncated: boolean; words: string[] };

/** Trims, collapses white space and caps a search query; finds the words in it. */
export function normalizeQuery(input: string | string[] | undefined | null): NormalizedQuery {
  const raw = Array.isArray(input) ? (input[0] ?? "") : (input ?? "");
  // Control characters are never part of a query (and NUL is refused by PostgreSQL).
  const cleaned = raw.replace(/[\p{Cc}\p{Cf}]/gu, " ").replace(/\s+/g, " ").trim();
  if (cleaned === "") return { kind: "empty" };
  const truncated = [...cleaned].length > MAX_QUERY_LENGTH;
  const text = truncated ? [...cleaned].slice(0, MAX_QUERY_LENGTH).join("").trim() : cleaned;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return { kind: "no-words", text };
  return { kind: "ok", text, truncated, words: words.map((word) => word.toLowerCase()) };
}

/** Shorter words are too broad to search as prefixes ("a" would match half the store). */
export const MIN_PREFIX_LENGTH = 3;

/**
 * A prefix query for `to_tsquery` ("ultrag" finds "UltraGun"), used when the plain search finds
 * nothing; null when no word is long enough. Built only from letters and digits, so it cannot carry
 * tsquery syntax.
 */
export function prefixQuery(words: string[]): string | null {
  const long = words.filter((word) => [...word].length >= MIN_PREFIX_LENGTH);
  return long.length === 0 ? null : long.map((word) => `${word}:*`).join(" & ");
}
