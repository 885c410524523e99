/** Most units of one device a cart line may hold. Also a CHECK in the database. */
export const MAX_PER_LINE = 10;

/** How many of a product one line may hold now: the stock that is not reserved, at most 10. */
export function maxQuantity(available: number): number {
  return Math.max(0, Math.min(MAX_PER_LINE, available));
}
