"use server";

import { updateTag } from "next/cache";
import { permissionAction } from "@/lib/actions/define-action";
import { adjustStock, adjustStockSchema, REASON_LABELS, refusalMessage } from "@/lib/admin/inventory";
import { TAGS } from "@/lib/cache-tags";
import { notifyLowStockSafely } from "@/lib/inventory/notify-low-stock";

export const adjustStockAction = permissionAction("stock.adjust", adjustStockSchema, async (input, { user }) => {
  const result = await adjustStock(input, user.id);
  if (!result.ok) {
    return { ok: false, code: result.code, formError: refusalMessage(result, input.delta) };
  }
  // Every cached product read carries TAGS.products: the shop shows the new stock on the next request.
  updateTag(TAGS.products);
  await notifyLowStockSafely();
  const units = Math.abs(input.delta);
  const available = result.stock - result.reserved;
  return {
    ok: true,
    data: { stock: result.stock, reserved: result.reserved },
    message: `${REASON_LABELS[input.reason]}: ${input.delta > 0 ? "added" : "removed"} ${units} unit${units === 1 ? "" : "s"}. Now ${result.stock} on hand, ${available} available.`,
  };
});
