// A checkout whose payment page could not be opened left its order EXPIRED with stock and code given
// back. A retry of the same cart, priced the same, takes that order up again (see create-order.ts).
import { Prisma } from "../generated/prisma/client";
import { env } from "../env";

/** Why a checkout released its own order: the provider refused ("failed"), or its answer never came. */
const SESSION_RELEASE_REASONS = ["session_failed", "session_unconfirmed"] as const;

/**
 * A retry within this window keeps the first try's hold (and so sends the provider the identical request,
 * whose session Stripe may already have made). Later tries start a new hold. Stripe sessions are made to
 * live STRIPE_EXPIRY_SLACK_SECONDS (3 min) past Stripe's minimum so that the identical request stays valid.
 */
export const REOPEN_SAME_HOLD_MS = 2 * 60_000;
/** Released orders older than this are not taken up again (Stripe keeps idempotency keys at least 24 h). */
const REOPEN_WITHIN_MS = 24 * 3600_000;

export type WantedLine = { productId: string; productName: string; sku: string; unitPriceCents: number; quantity: number; discountCents: number; totalCents: number };

export type Reopenable = { id: string; number: string; cancelReason: string; holdStartedAt: Date; holdExpiresAt: Date; refusedAttempts: number };

/**
 * This cart's latest order released by its own failed checkout, locked, when it is exactly what the cart
 * would make now (same lines, prices, discounts, shipping and destination, code, buyer). Anything else: null (a new order).
 */
export async function findReopenable(
  tx: Prisma.TransactionClient,
  cartId: string,
  wanted: { email: string; userId: string | null; currency: string; subtotalCents: number; discountCents: number; shippingCents: number; totalCents: number; shippingCountry: string; deliveryMaxDays: number; couponCode: string | null; provider: "STRIPE" | "TEST" },
  lines: WantedLine[],
  now: Date,
): Promise<Reopenable | null> {
  const [candidate] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "orders"
     WHERE "cart_id" = ${cartId} AND "status" = 'EXPIRED' AND "cancel_reason" IN (${Prisma.join([...SESSION_RELEASE_REASONS])})
       AND "cancelled_at" > ${new Date(now.getTime() - REOPEN_WITHIN_MS)}
     ORDER BY "cancelled_at" DESC LIMIT 1
       FOR UPDATE`;
  if (!candidate) return null;
  const order = await tx.order.findUniqueOrThrow({
    where: { id: candidate.id },
    include: { lines: { orderBy: { productId: "asc" } }, redemption: true, events: { where: { type: "session_failed" }, select: { id: true } } },
  });
  // Re-checked under the lock: another tab may have taken it up meanwhile.
  if (order.status !== "EXPIRED" || !order.cancelReason || !(SESSION_RELEASE_REASONS as readonly string[]).includes(order.cancelReason)) return null;
  const same =
    order.email === wanted.email &&
    order.userId === wanted.userId &&
    order.currency === wanted.currency &&
    order.provider === wanted.provider &&
    order.subtotalCents === wanted.subtotalCents &&
    order.discountCents === wanted.discountCents &&
    order.shippingCents === wanted.shippingCents &&
    order.totalCents === wanted.totalCents &&
    order.shippingCountry === wanted.shippingCountry &&
    order.deliveryMaxDays === wanted.deliveryMaxDays &&
    order.couponCode === wanted.couponCode &&
    (wanted.couponCode === null ? order.redemption === null : order.redemption?.status === "RELEASED") &&
    order.lines.length === lines.length &&
    order.lines.every((l, i) => {
      const w = lines[i];
      return l.productId === w.productId && l.productName === w.productName && l.sku === w.sku && l.unitPriceCents === w.unitPriceCents && l.quantity === w.quantity && l.discountCents === w.discountCents && l.totalCents === w.totalCents;
    });
  if (!same) return null;
  const holdMs = env().CHECKOUT_HOLD_MINUTES * 60_000;
  return {
    id: order.id,
    number: order.number,
    cancelReason: order.cancelReason,
    holdStartedAt: new Date(order.holdExpiresAt.getTime() - holdMs),
    holdExpiresAt: order.holdExpiresAt,
    refusedAttempts: order.events.length,
  };
}
