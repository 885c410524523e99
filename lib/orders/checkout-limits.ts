// What one shopper may hold at once without paying. A cart has at most one unpaid checkout (a new
// checkout of the same cart replaces the previous one); across carts, unpaid checkouts are capped per
// e-mail and per client address, so a script cannot hold a sale's stock by opening checkouts it never
// pays; and starting checkouts is rate-limited per address before any of that work is done.
import { Prisma } from "../generated/prisma/client";
import type { RateLimitRule } from "../auth/rate-limit";
import { releaseOrderInTx } from "./release-order";
import type { StockChange } from "../inventory/stock-lines";

/** Unpaid checkouts one e-mail, or one client address, may hold at once. */
export const MAX_UNPAID_CHECKOUTS = 3;

/** Checkout starts per client address: enough for a shopper's retries, far below a script's pace. */
export const CHECKOUT_START_LIMIT: RateLimitRule = { limit: 10, windowSeconds: 10 * 60 };

export const checkoutStartKey = (clientAddress: string) => `checkout:${clientAddress}`;

export type ReplacedCheckout = { orderId: string; sessionId: string | null; provider: "STRIPE" | "TEST" };

/**
 * Closes this cart's unpaid checkouts (CANCELLED, "replaced"): stock and code given back, in the caller's
 * transaction. Their payment sessions are the caller's to end after the commit.
 */
export async function releaseCartCheckouts(tx: Prisma.TransactionClient, cartId: string, now: Date): Promise<{ changes: StockChange[]; replaced: ReplacedCheckout[] }> {
  const pending = await tx.$queryRaw<{ id: string; provider_session_id: string | null; provider: "STRIPE" | "TEST" }[]>`
    SELECT "id", "provider_session_id", "provider" FROM "orders"
     WHERE "cart_id" = ${cartId} AND "status" = 'PENDING' AND "stock_released_at" IS NULL
     ORDER BY "id" FOR UPDATE`;
  const changes: StockChange[] = [];
  const replaced: ReplacedCheckout[] = [];
  for (const order of pending) {
    const released = await releaseOrderInTx(tx, order.id, "replaced", now);
    if (released === null) continue;
    changes.push(...released);
    replaced.push({ orderId: order.id, sessionId: order.provider_session_id, provider: order.provider });
  }
  return { changes, replaced };
}

type Holder = { email: string; clientAddress: string | null };

/**
 * Queues checkouts of the same e-mail and address behind each other until their transactions end
 * (advisory locks, taken in a fixed order so two keys cannot deadlock), so each one's count sees every
 * checkout committed before it. Taken before any row lock.
 */
export async function queueCheckoutsOf(tx: Prisma.TransactionClient, who: Holder): Promise<void> {
  const keys = [`checkout-cap:email:${who.email}`, ...(who.clientAddress ? [`checkout-cap:address:${who.clientAddress}`] : [])].sort();
  for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** Which cap, if any, one more unpaid checkout would exceed (after queueCheckoutsOf). */
export async function unpaidCheckoutCap(tx: Prisma.TransactionClient, who: Holder, now: Date): Promise<"email" | "address" | null> {
  const [held] = await tx.$queryRaw<{ by_email: number; by_address: number }[]>`
    SELECT count(*) FILTER (WHERE "email" = ${who.email})::int AS "by_email",
           count(*) FILTER (WHERE "client_address" = ${who.clientAddress})::int AS "by_address"
      FROM "orders"
     WHERE "status" = 'PENDING' AND "stock_released_at" IS NULL AND "hold_expires_at" > ${now}
       AND ("email" = ${who.email} OR "client_address" = ${who.clientAddress})`;
  if (held.by_email >= MAX_UNPAID_CHECKOUTS) return "email";
  if (who.clientAddress && held.by_address >= MAX_UNPAID_CHECKOUTS) return "address";
  return null;
}
