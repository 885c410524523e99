/** One search hit. `snippet` is plain text with the matched words between MARK_START and MARK_END. */
export type SearchHit =
  | {
      kind: "product";
      slug: string;
      title: string;
      summary: string;
      snippet: string;
      priceCents: number;
      currency: string;
      image: string;
      rank: number;
    }
  | { kind: "article"; slug: string; title: string; summary: string; snippet: string; rank: number };

export type SearchOutcome =
  | { kind: "empty" }
  | { kind: "no-words"; query: string }
  | { kind: "results"; query: string; truncated: boolean; hits: SearchHit[] };

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
