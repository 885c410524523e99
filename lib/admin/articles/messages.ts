// What an editor reads after saving, publishing or withdrawing an article.
import type { RefusalText } from "../../actions/messages";
import type { SaveArticleRefusal } from "./save-article-result";

export const ARTICLE_REFUSALS = {
  SLUG_TAKEN: { field: "slug", message: "Another article already uses this address." },
  NOT_FOUND: "This article no longer exists.",
  UNKNOWN_PRODUCT: "One of the devices is gone. Reload the page and try again.",
} satisfies Record<SaveArticleRefusal["code"], RefusalText>;

export const articleSavedMessage = (published: boolean) =>
  published ? "Saved. The published article shows the change now." : "Saved as a draft; shoppers do not see it.";

export const articlePublishedMessage = (title: string, published: boolean) => `“${title}” is ${published ? "published" : "back to draft"}.`;
