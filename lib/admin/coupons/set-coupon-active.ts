import "server-only";
import { db } from "../../db";
import { recordAudit } from "../../audit/record-audit";
import type { Refused, Result } from "../../result";

export type SetCouponActiveResult = Result<{ couponCode: string; changed: boolean }, Refused<"NOT_FOUND">>;

/** Switches a coupon off (or back on). Shoppers holding it are refused at their next price check. */
export async function setCouponActive(id: string, active: boolean, actorId: string): Promise<SetCouponActiveResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.coupon.findUnique({ where: { id }, select: { code: true, active: true } });
    if (!before) return { ok: false, code: "NOT_FOUND" } as const;
    const changed = await tx.coupon.updateMany({ where: { id, active: !active }, data: { active } });
    if (changed.count === 0) return { ok: true, couponCode: before.code, changed: false } as const;
    await recordAudit(tx, {
      actorId,
      action: active ? "coupon.activate" : "coupon.deactivate",
      entityType: "coupon",
      entityId: id,
      before: { code: before.code, active: before.active },
      after: { code: before.code, active },
    });
    return { ok: true, couponCode: before.code, changed: true } as const;
  });
}
