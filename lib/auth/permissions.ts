// The one table of who may do what. Every protected page, action and route asks through here.
import type { Role } from "../generated/prisma/enums";

export const PERMISSIONS = [
  "admin.access", // open the back office at all
  "dashboard.view",
  "staff.manage",
  "products.edit",
  "stock.adjust",
  "coupons.manage",
  "articles.manage",
  "reviews.moderate", // approve or reject buyers' reviews before the product page shows them
  "orders.view",
  "orders.fulfil",
  "orders.refund",
  "audit.view",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const STAFF_ROLES = ["ADMIN", "INVENTORY", "MARKETING", "SUPPORT"] as const satisfies readonly Role[];

const STAFF_BASE: Permission[] = ["admin.access", "dashboard.view"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  CUSTOMER: [],
  ADMIN: PERMISSIONS,
  INVENTORY: [...STAFF_BASE, "products.edit", "stock.adjust"],
  MARKETING: [...STAFF_BASE, "coupons.manage", "articles.manage", "reviews.moderate"],
  SUPPORT: [...STAFF_BASE, "orders.view", "orders.fulfil", "orders.refund"],
};

export function hasPermission(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

export function isStaff(role: Role | null | undefined): boolean {
  return hasPermission(role, "admin.access");
}
