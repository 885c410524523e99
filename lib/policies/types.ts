import type { PolicySlug } from "./policy-slugs";

/** A policy page as the storefront shows it. Dates are ISO strings: the value is cached and serialised. */
export type PolicyPageView = {
  slug: PolicySlug;
  title: string;
  summary: string;
  /** Markdown, rendered by the safe renderer (raw HTML dropped). */
  body: string;
  updatedAt: string;
};
