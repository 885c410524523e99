// The weighted text-search documents of products and articles. The GIN indexes in
// prisma/migrations/20261126020000_search/migration.sql are built on exactly these expressions
// (a test checks it): PostgreSQL only uses an expression index when the query repeats the expression.

/**
 * Name counts most, then tagline and "best for", then the description and the spec table
 * (to_tsvector on jsonb reads only its string values, so "Percussive massage" counts, not the JSON).
 */
export const PRODUCT_DOCUMENT =
  `setweight(to_tsvector('english'::regconfig, "name"), 'A') || ` +
  `setweight(to_tsvector('english'::regconfig, "tagline"), 'B') || ` +
  `setweight(to_tsvector('english'::regconfig, "best_for"), 'B') || ` +
  `setweight(to_tsvector('english'::regconfig, "description"), 'C') || ` +
  `setweight(to_tsvector('english'::regconfig, "specs"), 'C')`;

/** Title counts most, then the summary, then the body. */
export const ARTICLE_DOCUMENT =
  `setweight(to_tsvector('english'::regconfig, "title"), 'A') || ` +
  `setweight(to_tsvector('english'::regconfig, "summary"), 'B') || ` +
  `setweight(to_tsvector('english'::regconfig, "body"), 'C')`;
