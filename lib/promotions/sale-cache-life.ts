import type { FlashSale } from "./types";

/** Longest a cached read (or page) showing the sale lives when no start or end is due sooner: one day. */
export const SALE_REVALIDATE_MAX_SECONDS = 86_400;
/**
 * Next keeps an entry whose `expire` is under five minutes out of prerendered pages (it becomes a per-request
 * hole), so `expire` never goes below this. `revalidate` still falls due at the start or end itself.
 */
export const SALE_EXPIRE_FLOOR_SECONDS = 300;
/** Longest an entry may be served at all before it must be rebuilt: a week, like the catalog's 'days' reads. */
export const SALE_EXPIRE_MAX_SECONDS = 7 * 86_400;

export type SaleCacheLife = { stale: number; revalidate: number; expire: number };

/**
 * How long something rendered from the flash sale as it stands at `nowMs` stays right: until the sale's
 * next start or end, at most a day (edits revalidate by tag anyway). After `revalidate` the next request is
 * served the old copy once while a fresh one renders; after `expire` it waits for the fresh one. Between them
 * the browser's own clock already hides an ended sale (components/flash-sale), so at worst one response
 * right after the end still carries the sale's markup, and no response more than five minutes after it.
 */
export function saleCacheLife(sale: Pick<FlashSale, "startsAt" | "endsAt"> | null, nowMs: number): SaleCacheLife {
  const next = sale ? nextChange(sale, nowMs) : null;
  const untilNext = next === null ? Infinity : Math.max(1, Math.ceil((next - nowMs) / 1000));
  const revalidate = Math.min(SALE_REVALIDATE_MAX_SECONDS, untilNext);
  // Never past the change (but always more than `revalidate`, as Next requires, and never under the floor).
  const expire = Math.max(SALE_EXPIRE_FLOOR_SECONDS, revalidate + 1, Math.min(untilNext, SALE_EXPIRE_MAX_SECONDS));
  return { stale: 300, revalidate, expire };
}

/** The next moment the sale starts or ends after `nowMs`, or null when nothing more will change by time. */
function nextChange(sale: Pick<FlashSale, "startsAt" | "endsAt">, nowMs: number): number | null {
  const start = sale.startsAt.getTime();
  if (nowMs < start) return start;
  const end = sale.endsAt?.getTime() ?? null;
  return end !== null && nowMs < end ? end : null;
}
