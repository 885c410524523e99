import type { PolicySlug } from "../../../lib/policies/policy-slugs";

export type SeedPolicyPage = {
  slug: PolicySlug;
  title: string;
  summary: string; // one or two sentences, used as the meta description
  body: string; // Markdown
};
