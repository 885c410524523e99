import "server-only";
import { db } from "../../db";
import { recordSwitch } from "../../audit/record-audit";
import type { Refused, Result } from "../../result";

export type SetCouponActiveResult = Result<{ couponCode: string; changed: boolean }, Refused<"NOT_FOUND">>;

/** Switches a coupon off (or back on). Shoppers holding it are refused at their next price check. */
export async function setCouponActive(id: string, active: boolean, actorId: string): Promise<SetCouponActiveResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.coupon.findUnique({ where: { id }, select: { code: true } });
    if (!before) return { ok: false, code: "NOT_FOUND" } as const;
    const changed = await tx.coupon.updateMany({ where: { id, active: !active }, data: { active } });
    if (changed.count === 0) return { ok: true, couponCode: before.code, changed: false } as const;
    const action = active ? "coupon.activate" : "coupon.deactivate";
    await recordSwitch(tx, { actorId, action, entityType: "coupon", entityId: id, field: "active", value: active, label: { code: before.code } });
    return { ok: true, couponCode: before.code, changed: true } as const;
  });
}
