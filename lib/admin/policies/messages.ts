// What an editor reads after saving a policy page.
import type { RefusalText } from "../../actions/messages";
import type { UpdatePolicyPageResult } from "./update-policy-page";

export const POLICY_PAGE_REFUSALS = {
  NOT_FOUND: "This page does not exist yet. Run the store's seed (npm run db:seed) to create it.",
} satisfies Record<Extract<UpdatePolicyPageResult, { ok: false }>["code"], RefusalText>;

export const policyPageSavedMessage = (changed: boolean) =>
  changed ? "Saved. Shoppers see the new wording now." : "Nothing changed: the page already says this.";
