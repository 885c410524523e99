import "server-only";
import { revalidateTag } from "next/cache";
import { TAGS } from "../cache-tags";

/**
 * Stock moved (reservation, sale, release, restock): every cached product read carries TAGS.products, so
 * this refreshes them all. `expire: 0` because a stale stock figure sells what is gone; the catalog is
 * three products, so the cost is a few cached reads.
 */
export function stockChanged(): void {
  try {
    revalidateTag(TAGS.products, { expire: 0 });
  } catch (error) {
    // Outside a Next server (scripts such as payments:reconcile, tests) there is no page cache to refresh.
    if (process.env.NEXT_RUNTIME) throw error;
  }
}
