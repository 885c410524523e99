/** Guides offered when a search finds nothing: the ones most shoppers need first. */
export const POPULAR_ARTICLE_SLUGS = ["treating-leg-cramps", "night-cramps-charley-horse", "treating-hand-cramps"];
