-- Full-text search over products and articles (lib/search). Expression indexes, so the tables keep
-- their columns; the expressions must stay identical to lib/search/documents.ts.

-- CreateIndex
CREATE INDEX "products_search_idx" ON "products" USING GIN ((setweight(to_tsvector('english'::regconfig, "name"), 'A') || setweight(to_tsvector('english'::regconfig, "tagline"), 'B') || setweight(to_tsvector('english'::regconfig, "best_for"), 'B') || setweight(to_tsvector('english'::regconfig, "description"), 'C') || setweight(to_tsvector('english'::regconfig, "specs"), 'C')));

-- CreateIndex
CREATE INDEX "articles_search_idx" ON "articles" USING GIN ((setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "summary"), 'B') || setweight(to_tsvector('english'::regconfig, "body"), 'C')));
