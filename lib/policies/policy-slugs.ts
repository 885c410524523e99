// The store's policy pages: a fixed set, each at /policies/<slug>. Staff edit their words, never their number,
// so a slug outside this list is refused before any cache or database read.

export const POLICY_SLUGS = ["shipping", "returns", "warranty", "privacy", "terms", "contact"] as const;

export type PolicySlug = (typeof POLICY_SLUGS)[number];

/** The short names the footer, the buy box and checkout link with, in the footer's order. */
export const POLICY_LINK_LABELS: Record<PolicySlug, string> = {
  shipping: "Shipping",
  returns: "Returns",
  warranty: "Warranty",
  privacy: "Privacy",
  terms: "Terms",
  contact: "Contact",
};

export function isPolicySlug(text: string): text is PolicySlug {
  return (POLICY_SLUGS as readonly string[]).includes(text);
}

export function policyPath(slug: PolicySlug): string {
  return `/policies/${slug}`;
}
