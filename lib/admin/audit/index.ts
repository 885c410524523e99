export { diffAuditValues, type AuditChange } from "./diff-audit-values";
export { listAuditEntries, AUDIT_PAGE_SIZE, type AuditEntryRow, type AuditPage } from "./list-audit-entries";
export { listProductNames } from "./list-product-names";
