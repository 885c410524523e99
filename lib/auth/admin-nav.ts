import type { Role } from "../generated/prisma/enums";
import { hasPermission, type Permission } from "./permissions";

export type AdminNavItem = { href: string; label: string; permission: Permission };

/** Every back-office section and what it takes to open it; the navigation shows only what a role may use. */
export const ADMIN_SECTIONS: AdminNavItem[] = [
  { href: "/admin", label: "Dashboard", permission: "dashboard.view" },
  { href: "/admin/products", label: "Products", permission: "products.edit" },
  { href: "/admin/inventory", label: "Inventory", permission: "stock.adjust" },
  { href: "/admin/shipping", label: "Shipping", permission: "products.edit" },
  { href: "/admin/orders", label: "Orders", permission: "orders.view" },
  { href: "/admin/returns", label: "Returns", permission: "orders.view" },
  { href: "/admin/coupons", label: "Coupons", permission: "coupons.manage" },
  { href: "/admin/articles", label: "Articles", permission: "articles.manage" },
  { href: "/admin/policies", label: "Policy pages", permission: "articles.manage" },
  { href: "/admin/reviews", label: "Reviews", permission: "reviews.moderate" },
  { href: "/admin/staff", label: "Staff", permission: "staff.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.view" },
];

export function adminNavFor(role: Role): AdminNavItem[] {
  return ADMIN_SECTIONS.filter((item) => hasPermission(role, item.permission));
}
