import "server-only";
import { db } from "../../db";
import type { ShippingZone } from "../../shipping/types";

export type AdminShippingZone = ShippingZone & { active: boolean; updatedAt: Date };

/** Every zone, switched off ones included, in display order; uncached (an editor must see the latest save). */
export async function listAdminShippingZones(): Promise<AdminShippingZone[]> {
  return db.shippingZone.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, countries: true, rateCents: true, freeShippingOverCents: true, minDays: true, maxDays: true, active: true, updatedAt: true },
  });
}
