import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { findFlashSale } from "./find-flash-sale";
import type { FlashSale } from "./types";

export { FLASH_SALE_CODE } from "./find-flash-sale";
export { isLive } from "./is-live";
export type { FlashSale } from "./types";

/** Cached: invalidate with TAGS.coupons after a coupon edit (TAGS.products when a product is hidden). */
export async function getFlashSale(): Promise<FlashSale | null> {
  "use cache";
  cacheTag(TAGS.coupons, TAGS.products);
  cacheLife("hours");
  return findFlashSale();
}
