"use server";

import { updateTag } from "next/cache";
import { permissionAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { POLICY_PAGE_REFUSALS, policyPageSavedMessage, policyPageSchema, updatePolicyPage } from "@/lib/admin/policies";
import { TAGS } from "@/lib/cache-tags";

// Policy pages are content, like the guides: whoever may edit articles may edit them.
export const updatePolicyPageAction = permissionAction("articles.manage", policyPageSchema, async (input, { user }) => {
  const result = await updatePolicyPage(input, user.id);
  if (!result.ok) return refusal(result.code, POLICY_PAGE_REFUSALS[result.code]);
  if (result.changed) {
    // The page (cached whole) and the sitemap's date read these tags.
    updateTag(TAGS.policy(input.slug));
    updateTag(TAGS.policies);
  }
  return { ok: true, data: undefined, message: policyPageSavedMessage(result.changed) };
});
