export { updatePolicyPage, type UpdatePolicyPageResult } from "./update-policy-page";
export { listAdminPolicyPages, type AdminPolicyPageRow } from "./list-admin-policy-pages";
export { getPolicyPageForEdit } from "./get-policy-page-for-edit";
export { policyPageSchema, type PolicyPageInput } from "./policy-page-schema";
export { POLICY_PAGE_REFUSALS, policyPageSavedMessage } from "./messages";
