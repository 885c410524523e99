export { authorize, getCurrentUser, requirePermission, requireUser, type CurrentUser } from "./current-user";
export { hasPermission, isStaff, PERMISSIONS, ROLE_PERMISSIONS, STAFF_ROLES, type Permission } from "./permissions";
