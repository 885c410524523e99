"use server";

import { updateTag } from "next/cache";
import { permissionAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { adjustedMessage, adjustStock, adjustStockSchema, refusalMessage } from "@/lib/admin/inventory";
import { TAGS } from "@/lib/cache-tags";
import { notifyLowStockSafely } from "@/lib/inventory/notify-low-stock";

export const adjustStockAction = permissionAction("stock.adjust", adjustStockSchema, async (input, { user }) => {
  const result = await adjustStock(input, user.id);
  if (!result.ok) return refusal(result.code, refusalMessage(result, input.delta));
  // Every cached product read carries TAGS.products: the shop shows the new stock on the next request.
  updateTag(TAGS.products);
  await notifyLowStockSafely();
  return {
    ok: true,
    data: { stock: result.stock, reserved: result.reserved },
    message: adjustedMessage(input.reason, input.delta, result.stock, result.reserved),
  };
});
