export { getPolicyPage } from "./get-policy-page";
export { isPolicySlug, POLICY_LINK_LABELS, POLICY_SLUGS, policyPath, type PolicySlug } from "./policy-slugs";
export type { PolicyPageView } from "./types";
