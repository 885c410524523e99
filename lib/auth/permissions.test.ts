import { describe, expect, it } from "vitest";
import type { Role } from "../generated/prisma/enums";
import { hasPermission, isStaff, PERMISSIONS, type Permission } from "./permissions";

// The expected table, written out in full so that any change to a role's reach is a visible diff here.
const EXPECTED: Record<Role, Permission[]> = {
  CUSTOMER: [],
  ADMIN: [...PERMISSIONS],
  INVENTORY: ["admin.access", "dashboard.view", "products.edit", "stock.adjust"],
  MARKETING: ["admin.access", "dashboard.view", "coupons.manage", "articles.manage", "reviews.moderate"],
  SUPPORT: ["admin.access", "dashboard.view", "orders.view", "orders.fulfil", "orders.refund"],
};

describe("the role -> permission table", () => {
  for (const [role, allowed] of Object.entries(EXPECTED) as [Role, Permission[]][]) {
    for (const permission of PERMISSIONS) {
      const expected = allowed.includes(permission);
      it(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(hasPermission(role, permission)).toBe(expected);
      });
    }
  }

  it("refuses everything to nobody (fail closed)", () => {
    for (const permission of PERMISSIONS) {
      expect(hasPermission(null, permission)).toBe(false);
      expect(hasPermission(undefined, permission)).toBe(false);
      expect(hasPermission("ROOT" as Role, permission)).toBe(false);
    }
  });

  it("counts every role but CUSTOMER as staff", () => {
    expect(isStaff("CUSTOMER")).toBe(false);
    for (const role of ["ADMIN", "INVENTORY", "MARKETING", "SUPPORT"] as const) expect(isStaff(role)).toBe(true);
  });
});
