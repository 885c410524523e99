import "server-only";
import { db } from "../../db";
import { recordAudit } from "../../audit/record-audit";
import { isUniqueViolation } from "../../database/unique-violation";
import { couponColumns, productsExist } from "./coupon-data";
import type { CouponInput } from "./coupon-schema";
import { couponSnapshot, couponWithRules } from "./coupon-snapshot";
import type { SaveCouponResult } from "./save-coupon-result";

/** A new coupon with its rates and exclusions, and its audit row, in one transaction. */
export async function createCoupon(input: CouponInput, actorId: string): Promise<SaveCouponResult> {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await productsExist(tx, input))) return { ok: false, code: "UNKNOWN_PRODUCT" } as const;
      if (await tx.coupon.findUnique({ where: { code: input.code }, select: { id: true } })) return { ok: false, code: "CODE_TAKEN" } as const;
      const coupon = await tx.coupon.create({
        data: {
          code: input.code,
          ...couponColumns(input),
          rates: { create: input.rates },
          exclusions: { create: input.excludedProductIds.map((productId) => ({ productId })) },
        },
        include: couponWithRules,
      });
      await recordAudit(tx, { actorId, action: "coupon.create", entityType: "coupon", entityId: coupon.id, after: couponSnapshot(coupon) });
      return { ok: true, coupon: { id: coupon.id, code: coupon.code } } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "CODE_TAKEN" }; // created by someone else meanwhile
    throw error;
  }
}
