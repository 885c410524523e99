import "server-only";
import { db } from "../../db";

export type AdminShippingZone = {
  id: string;
  name: string;
  countries: string[];
  rateCents: number;
  freeShippingOverCents: number | null;
  minDays: number;
  maxDays: number;
  active: boolean;
  updatedAt: Date;
};

/** Every zone, switched off ones included, in display order; uncached (an editor must see the latest save). */
export async function listAdminShippingZones(): Promise<AdminShippingZone[]> {
  return db.shippingZone.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, countries: true, rateCents: true, freeShippingOverCents: true, minDays: true, maxDays: true, active: true, updatedAt: true },
  });
}
