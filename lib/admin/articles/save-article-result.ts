export type SaveArticleResult =
  | { ok: true; article: { id: string; slug: string } }
  | { ok: false; code: "SLUG_TAKEN" | "NOT_FOUND" | "UNKNOWN_PRODUCT" };
