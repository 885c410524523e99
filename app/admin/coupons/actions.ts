"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { permissionAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import {
  COUPON_REFUSALS,
  couponActiveMessage,
  couponSavedMessage,
  couponSchema,
  createCoupon,
  setCouponActive,
  updateCoupon,
} from "@/lib/admin/coupons";
import { TAGS } from "@/lib/cache-tags";

/** Storefront prices ("with FLASHSALE") read coupons under both tags: refresh both after any change. */
function couponsChanged() {
  updateTag(TAGS.coupons);
  updateTag(TAGS.products);
}

export const createCouponAction = permissionAction("coupons.manage", couponSchema, async (input, { user }) => {
  const result = await createCoupon(input, user.id);
  if (!result.ok) return refusal(result.code, COUPON_REFUSALS[result.code]);
  couponsChanged();
  redirect(`/admin/coupons/${result.coupon.id}?created=1`);
});

export const updateCouponAction = permissionAction("coupons.manage", couponSchema, async (input, { user }) => {
  if (!input.id) return refusal("NOT_FOUND", COUPON_REFUSALS.NOT_FOUND);
  const result = await updateCoupon(input.id, input, user.id);
  if (!result.ok) return refusal(result.code, COUPON_REFUSALS[result.code]);
  couponsChanged();
  return { ok: true, data: { id: result.coupon.id }, message: couponSavedMessage(result.coupon.code) };
});

const setActiveSchema = z.object({
  id: z.string().min(1).max(64),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const setCouponActiveAction = permissionAction("coupons.manage", setActiveSchema, async (input, { user }) => {
  const result = await setCouponActive(input.id, input.active, user.id);
  if (!result.ok) return refusal(result.code, COUPON_REFUSALS[result.code]);
  if (result.changed) couponsChanged();
  return { ok: true, data: undefined, message: couponActiveMessage(result.couponCode, input.active) };
});
