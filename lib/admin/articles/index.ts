export { createArticle } from "./create-article";
export { updateArticle } from "./update-article";
export { setArticlePublished } from "./set-article-published";
export { listAdminArticles, type AdminArticleRow } from "./list-admin-articles";
export { getArticleForEdit, type ArticleForEdit } from "./get-article-for-edit";
export { listArticleProducts, type ArticleProductOption } from "./list-article-products";
export { articleSchema, type ArticleInput } from "./article-schema";
export type { SaveArticleRefusal, SaveArticleResult } from "./save-article-result";
export { ARTICLE_REFUSALS, articlePublishedMessage, articleSavedMessage } from "./messages";
