"use server";

import { updateTag } from "next/cache";
import { permissionAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { shippingZoneRefusal, shippingZoneSavedMessage, shippingZoneSchema, updateShippingZone } from "@/lib/admin/shipping";
import { TAGS } from "@/lib/cache-tags";

// Shipping rates belong with the catalogue's prices: whoever may edit products may edit the zones.
export const updateShippingZoneAction = permissionAction("products.edit", shippingZoneSchema, async (input, { user }) => {
  const result = await updateShippingZone(input, user.id);
  if (!result.ok) return refusal(result.code, shippingZoneRefusal(result));
  // Product pages (cached whole) state the default zone's delivery time; carts read zones per request.
  if (result.changed) updateTag(TAGS.shippingZones);
  return { ok: true, data: undefined, message: shippingZoneSavedMessage(result.changed) };
});
