import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { getFlashSale } from "./get-flash-sale";
import { isLive } from "./is-live";
import { saleCacheLife } from "./sale-cache-life";
import type { FlashSale } from "./types";

export type CurrentFlashSale = {
  /** The sale if it is live at `at`, else null. */
  sale: FlashSale | null;
  /** When this was decided (ms): pages pass it on as the render time, so countdowns hydrate without a mismatch. */
  at: number;
};

/**
 * The flash sale as it stands now, cached. Tags: a coupon edit (TAGS.coupons) or a hidden product
 * (TAGS.products) refreshes it. Time: the entry, and every cached page built from it, falls due at the
 * sale's next start or end (saleCacheLife), so a cached page never keeps showing a sale that has ended.
 */
export async function getCurrentFlashSale(): Promise<CurrentFlashSale> {
  "use cache";
  cacheTag(TAGS.coupons, TAGS.products);
  const sale = await getFlashSale();
  const at = Date.now();
  cacheLife(saleCacheLife(sale, at));
  return { sale: sale && isLive(sale, new Date(at)) ? sale : null, at };
}
