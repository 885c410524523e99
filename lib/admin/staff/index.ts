export { changeRole, type ChangeRoleResult } from "./change-role";
export { changeRoleSchema, ROLES } from "./change-role-schema";
export { findPeople, PEOPLE_PAGE_SIZE, type PersonRow } from "./find-people";
export { ROLE_REFUSALS, roleChangedMessage } from "./messages";
