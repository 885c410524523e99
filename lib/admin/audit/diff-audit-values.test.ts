import { describe, expect, it } from "vitest";
import { diffAuditValues } from "./diff-audit-values";

describe("diffAuditValues", () => {
  it("lists only the fields that changed", () => {
    expect(
      diffAuditValues(
        { code: "FLASHSALE", rates: { gun: 75, pro: 60 }, active: true },
        { code: "FLASHSALE", rates: { gun: 50, pro: 60 }, active: true },
      ),
    ).toEqual([{ field: "rates", before: '{"gun":75,"pro":60}', after: '{"gun":50,"pro":60}' }]);
  });

  it("shows fields that appear or disappear, and nulls as empty", () => {
    expect(diffAuditValues(undefined, { role: "ADMIN", endsAt: null })).toEqual([
      { field: "role", before: "—", after: "ADMIN" },
      { field: "endsAt", before: "—", after: "empty" },
    ]);
    expect(diffAuditValues({ published: true }, null)).toEqual([{ field: "published", before: "true", after: "—" }]);
  });

  it("shows product names where the record names products by id", () => {
    const names = new Map([["cm_gun_1", "UltraGun"]]);
    expect(diffAuditValues({ rates: { cm_gun_1: 75 } }, { rates: { cm_gun_1: 50 } }, names)).toEqual([
      { field: "rates", before: '{"UltraGun":75}', after: '{"UltraGun":50}' },
    ]);
  });

  it("compares plain values as one field", () => {
    expect(diffAuditValues(3, 5)).toEqual([{ field: "value", before: "3", after: "5" }]);
    expect(diffAuditValues(null, null)).toEqual([]);
  });
});
