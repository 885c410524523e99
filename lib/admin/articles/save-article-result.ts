import type { Refused, Result } from "../../result";

export type SaveArticleRefusal = Refused<"SLUG_TAKEN" | "NOT_FOUND" | "UNKNOWN_PRODUCT">;

export type SaveArticleResult = Result<{ article: { id: string; slug: string } }, SaveArticleRefusal>;
