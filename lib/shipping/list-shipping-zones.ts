import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { loadActiveShippingZones } from "./load-shipping-zones";
import type { ShippingZone } from "./types";

/**
 * The active zones for cached pages (the product page's delivery line). Cached by tag: a staff edit of a
 * zone revalidates TAGS.shippingZones. Carts and checkouts read loadActiveShippingZones instead.
 */
export async function listShippingZones(): Promise<ShippingZone[]> {
  "use cache";
  cacheTag(TAGS.shippingZones);
  cacheLife("days");
  return loadActiveShippingZones(db);
}
