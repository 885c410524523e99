import "server-only";
import { db } from "../../db";
import { recordAudit } from "../../audit/record-audit";
import { couponColumns, productsExist } from "./coupon-data";
import type { CouponInput } from "./coupon-schema";
import { couponSnapshot, couponWithRules } from "./coupon-snapshot";
import type { SaveCouponResult } from "./save-coupon-result";

/** The form edits times to the minute: an unchanged minute keeps the stored instant (seconds and all). */
function keepIfSameMinute(stored: Date | null, submitted: Date | null): Date | null {
  if (!stored || !submitted) return submitted;
  return Math.floor(stored.getTime() / 60_000) === Math.floor(submitted.getTime() / 60_000) ? stored : submitted;
}

/**
 * Replaces a coupon's settings, rates and exclusions. The code stays as it is: carts and orders refer to
 * coupons by code. The row is locked first so two editors save one after the other, each audited.
 */
export async function updateCoupon(id: string, input: CouponInput, actorId: string): Promise<SaveCouponResult> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM coupons WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) return { ok: false, code: "NOT_FOUND" } as const;
    if (!(await productsExist(tx, input))) return { ok: false, code: "UNKNOWN_PRODUCT" } as const;
    const before = await tx.coupon.findUniqueOrThrow({ where: { id }, include: couponWithRules });
    await tx.couponProductRate.deleteMany({ where: { couponId: id } });
    await tx.couponExclusion.deleteMany({ where: { couponId: id } });
    const after = await tx.coupon.update({
      where: { id },
      data: {
        ...couponColumns(input),
        startsAt: keepIfSameMinute(before.startsAt, input.startsAt) ?? input.startsAt,
        endsAt: keepIfSameMinute(before.endsAt, input.endsAt),
        rates: { create: input.rates },
        exclusions: { create: input.excludedProductIds.map((productId) => ({ productId })) },
      },
      include: couponWithRules,
    });
    await recordAudit(tx, {
      actorId,
      action: "coupon.update",
      entityType: "coupon",
      entityId: id,
      before: couponSnapshot(before),
      after: couponSnapshot(after),
    });
    return { ok: true, coupon: { id, code: after.code } } as const;
  });
}
