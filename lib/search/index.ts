export { searchSite, DEFAULT_SEARCH_LIMIT } from "./search-site";
export { normalizeQuery, MAX_QUERY_LENGTH, type NormalizedQuery } from "./normalize-query";
export { snippetParts, type SnippetPart } from "./snippet";
export type { SearchHit, SearchOutcome } from "./types";
export { POPULAR_ARTICLE_SLUGS } from "./suggestions";
