// The only per-visitor part of every storefront page: who is signed in, how many items the cart holds, and
// the live flash sale. Pages and the root layout are static or cached whole; the header fetches this after
// load (components/storefront-session/use-storefront-session.ts). Never cached anywhere: it names the visitor.
import { unstable_rethrow } from "next/navigation";
import { connection } from "next/server";
import { getCurrentUser, isStaff } from "@/lib/auth";
import { countCurrentCartItems } from "@/lib/cart";
import { routeMethods } from "@/lib/http/route-methods";
import { requestLogger } from "@/lib/log/request-logger";
import { getCurrentFlashSale } from "@/lib/promotions";
import type { StorefrontSession } from "@/components/storefront-session/types";

const HEADERS = { "Cache-Control": "private, no-store" };

/** A failure in one part (database down) leaves the others: the header then shows "Sign in" and "Cart". */
async function settle<T>(work: () => Promise<T>, fallback: T, what: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    (await requestLogger()).error({ err: error }, `storefront session: could not read ${what}`);
    return fallback;
  }
}

// Read-only: GET (and HEAD); every other method is answered 405 with an Allow header.
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: readSession });

async function readSession(): Promise<Response> {
  await connection(); // per request, and never at build time (the flash sale read would open the database)
  const [user, cartCount, current] = await Promise.all([
    settle(getCurrentUser, null, "the current user"),
    settle(countCurrentCartItems, 0, "the cart"),
    settle(getCurrentFlashSale, null, "the flash sale"),
  ]);
  const sale = current?.sale ?? null;
  const body: StorefrontSession = {
    user: user ? { email: user.email, staff: isStaff(user.role) } : null,
    cartCount,
    sale: sale ? { code: sale.code, maxPercentOff: sale.maxPercentOff, endsAt: sale.endsAt?.getTime() ?? null } : null,
    now: Date.now(),
  };
  return Response.json(body, { headers: HEADERS });
}
