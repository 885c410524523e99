import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { ARTICLE_DOCUMENT, PRODUCT_DOCUMENT } from "./documents";
import { normalizeQuery, prefixQuery } from "./normalize-query";
import { cleanSnippet } from "./snippet";
import { MARK_END, MARK_START, type SearchHit, type SearchOutcome } from "./types";

export const DEFAULT_SEARCH_LIMIT = 20;

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MinWords=16, MaxWords=32, MaxFragments=1, FragmentDelimiter=" … "`;

type Row = {
  kind: "product" | "article";
  slug: string;
  title: string;
  summary: string;
  snippet: string;
  price_cents: number | null;
  currency: string | null;
  image: string | null;
  rank: number;
};

/**
 * Products and articles matching `query`, best first. Ranked by ts_rank over weighted documents
 * (title > summary > body), normalised by document length so a long article does not win on size alone.
 * A query with no match as typed is tried once more as word prefixes.
 */
export async function searchSite(query: string | string[] | undefined, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchOutcome> {
  const normalized = normalizeQuery(query);
  if (normalized.kind === "empty") return { kind: "empty" };
  if (normalized.kind === "no-words") return { kind: "no-words", query: normalized.text };

  let rows = await run(Prisma.sql`websearch_to_tsquery('english', ${normalized.text})`, limit);
  const prefixes = prefixQuery(normalized.words);
  if (rows.length === 0 && prefixes) rows = await run(Prisma.sql`to_tsquery('english', ${prefixes})`, limit);
  return { kind: "results", query: normalized.text, truncated: normalized.truncated, hits: rows.map(toHit) };
}

async function run(tsquery: Prisma.Sql, limit: number): Promise<Row[]> {
  const product = Prisma.raw(PRODUCT_DOCUMENT);
  const article = Prisma.raw(ARTICLE_DOCUMENT);
  return db.$queryRaw<Row[]>`
    WITH q AS (SELECT ${tsquery} AS query)
    SELECT 'product' AS kind, p.slug, p.name AS title, p.tagline AS summary,
           ts_headline('english', p.description, q.query, ${HEADLINE_OPTIONS}) AS snippet,
           p.price_cents, p.currency::text AS currency, p.images[1] AS image,
           ts_rank(${product}, q.query, 1)::float8 AS rank
      FROM products p, q
     WHERE p.active AND (${product}) @@ q.query
    UNION ALL
    SELECT 'article' AS kind, a.slug, a.title, a.summary,
           ts_headline('english', a.body, q.query, ${HEADLINE_OPTIONS}) AS snippet,
           NULL, NULL, NULL,
           ts_rank(${article}, q.query, 1)::float8 AS rank
      FROM articles a, q
     WHERE a.published AND (${article}) @@ q.query
    ORDER BY rank DESC, title ASC
    LIMIT ${limit}`;
}

function toHit(row: Row): SearchHit {
  const base = { slug: row.slug, title: row.title, summary: row.summary, snippet: cleanSnippet(row.snippet), rank: Number(row.rank) };
  if (row.kind === "article") return { kind: "article", ...base };
  return {
    kind: "product",
    ...base,
    priceCents: Number(row.price_cents),
    currency: row.currency ?? "usd",
    image: row.image ?? "/images/og-default.png",
  };
}
