"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { permissionAction } from "@/lib/actions/define-action";
import { couponSchema, createCoupon, setCouponActive, updateCoupon, type SaveCouponResult } from "@/lib/admin/coupons";
import { TAGS } from "@/lib/cache-tags";

/** Storefront prices ("with FLASHSALE") read coupons under both tags: refresh both after any change. */
function couponsChanged() {
  updateTag(TAGS.coupons);
  updateTag(TAGS.products);
}

function refusal(result: Extract<SaveCouponResult, { ok: false }>): ActionResult<{ id: string }> {
  switch (result.code) {
    case "CODE_TAKEN":
      return { ok: false, code: result.code, formError: "Please correct the fields marked below.", fieldErrors: { code: ["Another coupon already uses this code."] } };
    case "NOT_FOUND":
      return { ok: false, code: result.code, formError: "This coupon no longer exists." };
    case "UNKNOWN_PRODUCT":
      return { ok: false, code: result.code, formError: "One of the products is gone. Reload the page and try again." };
  }
}

export const createCouponAction = permissionAction("coupons.manage", couponSchema, async (input, { user }) => {
  const result = await createCoupon(input, user.id);
  if (!result.ok) return refusal(result);
  couponsChanged();
  redirect(`/admin/coupons/${result.coupon.id}?created=1`);
});

export const updateCouponAction = permissionAction("coupons.manage", couponSchema, async (input, { user }) => {
  if (!input.id) return { ok: false, code: "NOT_FOUND", formError: "This coupon no longer exists." };
  const result = await updateCoupon(input.id, input, user.id);
  if (!result.ok) return refusal(result);
  couponsChanged();
  return { ok: true, data: { id: result.coupon.id }, message: `${result.coupon.code} saved. The storefront shows the change now.` };
});

const setActiveSchema = z.object({
  id: z.string().min(1).max(64),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const setCouponActiveAction = permissionAction("coupons.manage", setActiveSchema, async (input, { user }) => {
  const result = await setCouponActive(input.id, input.active, user.id);
  if (!result.ok) return { ok: false, code: result.code, formError: "This coupon no longer exists." };
  if (result.changed) couponsChanged();
  return { ok: true, data: undefined, message: `${result.code} is now ${input.active ? "active" : "switched off"}.` };
});
