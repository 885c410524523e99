// Turns a cart into a PENDING order, in one transaction: the cart is priced again from the database
// (shipping by its destination's zone, read in the same snapshot), the code re-checked, every line's stock
// reserved with a conditional update (in product-id order, so two carts never deadlock), and a limited code
// held with one conditional insert. If any of it fails, nothing is reserved or held.
//
// A checkout whose payment page could not be opened was released (stock and code given back, so others
// may buy). When the shopper tries again with the same cart, priced the same, that same order is taken
// up again (stock and code held anew) instead of a second order: one order per try-again, and the same
// request to the provider, so a session Stripe made before its answer was lost is the one returned.
// A cart that changed in between gets a new order; the old one stays expired with its own contents.
//
// A cart holds at most one unpaid checkout: a new checkout of the same cart closes the previous one
// (CANCELLED, "replaced") before holding anew, and unpaid checkouts are capped per e-mail and per client
// address (checkout-limits.ts).
import { randomUUID } from "node:crypto";
import { customerKey, loadCouponRules } from "../coupons";
import { liveRedemptionSql } from "../coupons/live-redemption";
import { withRetry } from "../database/retry";
import { db } from "../db";
import { env } from "../env";
import { reserveStock } from "../inventory/reserve-stock";
import { Prisma } from "../generated/prisma/client";
import { priceCart, type CouponError, type PricedCart } from "../pricing";
import { loadActiveShippingZones, resolveDestination } from "../shipping";
import type { StockChange } from "../inventory/stock-lines";
import { MAX_UNPAID_CHECKOUTS, queueCheckoutsOf, releaseCartCheckouts, unpaidCheckoutCap, type ReplacedCheckout } from "./checkout-limits";
import { findReopenable, REOPEN_SAME_HOLD_MS, type WantedLine } from "./find-reopenable";
import { transition } from "./life-cycle";
import { newOrderNumber } from "./order-number";

/**
 * `clientAddress`: the shopper's network address, as the edge determined it; unpaid checkouts are capped per address.
 * `acceptLanguage`: the request's header, which gives the destination while the shopper has chosen none (as the cart shows).
 */
export type CheckoutCustomer = { userId?: string; email: string; clientAddress?: string | null; acceptLanguage?: string | null };

export type CreateOrderError =
  | { code: "CART_EMPTY" }
  /** This e-mail or address already holds MAX_UNPAID_CHECKOUTS unpaid checkouts. */
  | { code: "TOO_MANY_CHECKOUTS"; by: "email" | "address"; limit: number }
  | { code: "CART_NEEDS_ATTENTION" }
  /** No active zone ships to the cart's destination (staff changed the zones since it was chosen), or none is active. */
  | { code: "DESTINATION_NOT_SHIPPED"; country: string | null }
  | { code: "OUT_OF_STOCK"; productName: string; available: number }
  /** The cart's code no longer discounts it (expired, used up, ...): the coupon's own code and details. */
  | CouponError;

/** Everything the payment page needs, read inside the transaction (nothing is read again after it). */
export type CreatedOrder = {
  id: string;
  number: string;
  currency: string;
  email: string;
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  /** Where the order goes (ISO alpha-2): the only country the payment page may accept. */
  shippingCountry: string;
  /** The zone's usual delivery time, in business days. */
  delivery: { minDays: number; maxDays: number };
  couponCode: string | null;
  holdStartedAt: Date;
  holdExpiresAt: Date;
  /** `taxCode`: the product's tax category for Stripe Tax (null: the account's preset). */
  lines: { productName: string; unitPriceCents: number; quantity: number; taxCode: string | null }[];
  /** How many earlier attempts of this order the provider answered with an error (see PaymentPageError). */
  attempt: number;
  /** True when a released order of this cart was taken up again. */
  reopened: boolean;
  /** This cart's earlier unpaid checkouts, closed by this one: their payment sessions are to be ended. */
  replaced: ReplacedCheckout[];
  /** Every stock move made (earlier checkouts released, this one reserved), to tell if product pages change. */
  stockChanges: StockChange[];
};

class Refusal extends Error {
  constructor(readonly refusal: CreateOrderError) {
    super(refusal.code);
  }
}

export async function createOrderFromCart(
  cartId: string,
  customer: CheckoutCustomer,
  provider: "STRIPE" | "TEST",
  now = new Date(),
): Promise<{ ok: true; order: CreatedOrder } | ({ ok: false } & CreateOrderError)> {
  try {
    return { ok: true, order: await withRetry(() => attempt(cartId, customer, provider, now)) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, ...error.refusal };
    throw error;
  }
}

type CartWithLines = Prisma.CartGetPayload<{ include: { lines: { include: { product: true } } } }>;

function wantedLines(cart: CartWithLines, priced: PricedCart): WantedLine[] {
  const pricedById = new Map(priced.lines.map((l) => [l.productId, l]));
  return cart.lines.map((l) => {
    const p = pricedById.get(l.productId)!;
    return { productId: l.productId, productName: l.product.name, sku: l.product.sku, unitPriceCents: p.unitPriceCents, quantity: p.quantity, discountCents: p.discountCents, totalCents: p.totalCents };
  });
}

/** Counts uses plus live holds of the coupon, for the whole code and for this customer, in one condition. */
function couponLimitsAllow(couponIdColumn: Prisma.Sql, key: string, now: Date): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "coupons" c WHERE c."id" = ${couponIdColumn}
           AND (c."max_redemptions" IS NULL OR c."max_redemptions" > (
                SELECT count(*) FROM "coupon_redemptions" r WHERE r."coupon_id" = c."id" AND ${liveRedemptionSql("r", now)}))
           AND (c."max_per_customer" IS NULL OR c."max_per_customer" > (
                SELECT count(*) FROM "coupon_redemptions" r WHERE r."coupon_id" = c."id" AND r."customer_key" = ${key}
                   AND ${liveRedemptionSql("r", now)})))`;
}

/**
 * Whether the code is used up for this cart, as of the statement's own snapshot (after the code's lock, it
 * sees every hold committed before the lock was granted). Holds of this cart's own orders are left out: this
 * checkout gives them back (replaced or taken up again) before holding anew. Only a refusal is decided here;
 * the conditional hold below stays the one that grants the code.
 */
async function usedUpForCart(tx: Prisma.TransactionClient, code: string, cartId: string, now: Date): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ used_up: boolean }[]>`
    SELECT c."max_redemptions" IS NOT NULL AND c."max_redemptions" <= (
             SELECT count(*) FROM "coupon_redemptions" r WHERE r."coupon_id" = c."id" AND ${liveRedemptionSql("r", now)}
                AND NOT EXISTS (SELECT 1 FROM "orders" mine WHERE mine."id" = r."order_id" AND mine."cart_id" = ${cartId})) AS "used_up"
      FROM "coupons" c WHERE c."code" = ${code}`;
  return row?.used_up ?? false;
}

async function attempt(cartId: string, customer: CheckoutCustomer, provider: "STRIPE" | "TEST", now: Date): Promise<CreatedOrder> {
  const config = env();
  const holdMs = config.CHECKOUT_HOLD_MINUTES * 60_000;
  const email = customer.email.trim().toLowerCase();
  const clientAddress = customer.clientAddress ?? null;
  // The code's rules are read before the transaction (to price); its limits are enforced inside it.
  const code = (await db.cart.findUnique({ where: { id: cartId }, select: { couponCode: true } }))?.couponCode ?? null;
  const coupon = code ? await loadCouponRules(code, { userId: customer.userId, email }, now) : null;

  return db.$transaction(async (tx) => {
    // Checkouts of one cart run one at a time, so it never holds two.
    await tx.$queryRaw`SELECT 1 FROM "carts" WHERE "id" = ${cartId} FOR NO KEY UPDATE`;
    const cart = await tx.cart.findUnique({
      where: { id: cartId },
      include: { lines: { include: { product: true }, orderBy: { productId: "asc" } } },
    });
    if (!cart || cart.lines.length === 0) throw new Refusal({ code: "CART_EMPTY" });
    await queueCheckoutsOf(tx, { email, clientAddress });
    if (cart.lines.some((l) => !l.product.active)) throw new Refusal({ code: "CART_NEEDS_ATTENTION" });
    const destination = resolveDestination(await loadActiveShippingZones(tx), cart.destinationCountry, customer.acceptLanguage);
    const zone = destination?.zone;
    if (!destination || !zone) throw new Refusal({ code: "DESTINATION_NOT_SHIPPED", country: destination?.country ?? null });

    const priced = priceCart({
      lines: cart.lines.map((l) => ({ productId: l.productId, unitPriceCents: l.product.priceCents, quantity: l.quantity })),
      coupon,
      enteredCode: code ?? undefined,
      now,
      shipping: zone,
    });
    if (priced.couponError) throw new Refusal(priced.couponError);
    // Holders of a code queue on its row first (before any row that references it is written), so each
    // one's count below sees every hold committed before it. NO KEY UPDATE does not block the foreign-key
    // checks of orders and redemptions that point at the coupon, so the queue cannot deadlock with them.
    // A crowd for a used-up code is refused before the rest of this transaction's work: without queueing
    // when the code is already seen used up, else as soon as the shopper reaches the head of the queue,
    // so the queue moves at the pace of one count per shopper. A code read as unlimited skips both counts
    // (a limit set since is still enforced by the conditional hold).
    let couponId: string | null = null;
    if (priced.appliedCoupon) {
      const usedUp = { code: "COUPON_USED_UP", couponCode: priced.appliedCoupon.code } as const;
      const limited = coupon?.maxRedemptions != null;
      if (limited && (await usedUpForCart(tx, priced.appliedCoupon.code, cartId, now))) throw new Refusal(usedUp);
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "coupons" WHERE "code" = ${priced.appliedCoupon.code} FOR NO KEY UPDATE`;
      if (!locked) throw new Error(`coupon ${priced.appliedCoupon.code} vanished during checkout`);
      couponId = locked.id;
      if (limited && (await usedUpForCart(tx, priced.appliedCoupon.code, cartId, now))) throw new Refusal(usedUp);
    }
    const lines = wantedLines(cart, priced);
    const taxCodes = new Map(cart.lines.map((l) => [l.productId, l.product.taxCode]));
    const currency = cart.lines[0].product.currency;
    const wanted = {
      email,
      userId: customer.userId ?? null,
      currency,
      subtotalCents: priced.subtotalCents,
      discountCents: priced.discountCents,
      shippingCents: priced.shippingCents,
      totalCents: priced.totalCents,
      shippingCountry: destination.country,
      deliveryMaxDays: zone.maxDays,
      couponCode: priced.appliedCoupon?.code ?? null,
      provider,
    };
    // Orders before products, as every other path that touches both (release, payment) locks them.
    const reopen = await findReopenable(tx, cartId, wanted, lines, now);
    // This cart's earlier unpaid checkout (startCheckout closes it before pricing; one racing this checkout
    // may have been made since) is closed before holding anew: a cart holds one checkout.
    const earlier = await releaseCartCheckouts(tx, cartId, now);
    const cap = await unpaidCheckoutCap(tx, { email, clientAddress }, now);
    if (cap) throw new Refusal({ code: "TOO_MANY_CHECKOUTS", by: cap, limit: MAX_UNPAID_CHECKOUTS });

    // Reserve every line, or none: a refused line aborts the whole transaction.
    const reserved = await reserveStock(tx, cart.lines, { activeOnly: true });
    if (!reserved.ok) {
      const productName = cart.lines.find((l) => l.productId === reserved.productId)!.product.name;
      throw new Refusal({ code: "OUT_OF_STOCK", productName, available: reserved.available });
    }

    // The first try's hold is kept when the retry comes soon after a try whose answer never arrived:
    // the provider then gets the identical request. Otherwise the hold starts now.
    const keepHold = reopen && reopen.cancelReason === "session_unconfirmed" && now.getTime() - reopen.holdStartedAt.getTime() < REOPEN_SAME_HOLD_MS && reopen.holdExpiresAt > now;
    const holdStartedAt = keepHold ? reopen.holdStartedAt : now;
    const holdExpiresAt = keepHold ? reopen.holdExpiresAt : new Date(now.getTime() + holdMs);

    let order: { id: string; number: string };
    if (reopen) {
      // Locked by findReopenable, so the move cannot lose a race.
      await transition(tx, { id: reopen.id, status: "EXPIRED" }, "PENDING", { holdExpiresAt, stockReleasedAt: null, cancelledAt: null, cancelReason: null });
      await tx.orderEvent.create({ data: { orderId: reopen.id, type: "reopened", message: "Checkout tried again with the same cart: the same order, stock reserved again while payment is pending." } });
      order = { id: reopen.id, number: reopen.number };
    } else {
      order = await tx.order.create({
        data: {
          ...wanted,
          userId: customer.userId,
          couponId,
          number: newOrderNumber(),
          cartId,
          clientAddress,
          holdExpiresAt,
          lines: { create: lines },
          events: { create: { type: "created", message: "Order placed; stock reserved while payment is pending." } },
        },
        select: { id: true, number: true },
      });
    }

    if (priced.appliedCoupon && couponId) {
      const key = customerKey({ userId: customer.userId, email })!;
      let held: number;
      if (reopen) {
        // The order's own released hold is taken again, under the same limits as a new one.
        held = await tx.$executeRaw`
          UPDATE "coupon_redemptions" SET "status" = 'HELD', "expires_at" = ${holdExpiresAt}
           WHERE "order_id" = ${order.id} AND "status" = 'RELEASED' AND ${couponLimitsAllow(Prisma.sql`${couponId}`, key, now)}`;
      } else {
        held = await tx.$executeRaw`
          INSERT INTO "coupon_redemptions" ("id", "coupon_id", "order_id", "user_id", "customer_key", "status", "expires_at", "created_at")
          SELECT ${randomUUID()}, ${couponId}, ${order.id}, ${customer.userId ?? null}, ${key}, 'HELD', ${holdExpiresAt}, now()
           WHERE ${couponLimitsAllow(Prisma.sql`${couponId}`, key, now)}`;
      }
      if (held === 0) {
        const [{ used, limit }] = await tx.$queryRaw<{ used: number; limit: number | null }[]>`
          SELECT c."max_redemptions" AS "limit", (SELECT count(*)::int FROM "coupon_redemptions" r WHERE r."coupon_id" = c."id"
                   AND ${liveRedemptionSql("r", now)}) AS "used"
            FROM "coupons" c WHERE c."id" = ${couponId}`;
        const usedUp = limit !== null && used >= limit;
        throw new Refusal(
          usedUp
            ? { code: "COUPON_USED_UP", couponCode: priced.appliedCoupon.code }
            : { code: "COUPON_ALREADY_USED", couponCode: priced.appliedCoupon.code, maxPerCustomer: coupon?.maxPerCustomer ?? 1 },
        );
      }
    }
    return {
      id: order.id,
      number: order.number,
      currency,
      email,
      subtotalCents: priced.subtotalCents,
      discountCents: priced.discountCents,
      shippingCents: priced.shippingCents,
      totalCents: priced.totalCents,
      shippingCountry: destination.country,
      delivery: { minDays: zone.minDays, maxDays: zone.maxDays },
      couponCode: wanted.couponCode,
      holdStartedAt,
      holdExpiresAt,
      lines: lines.map((l) => ({ productName: l.productName, unitPriceCents: l.unitPriceCents, quantity: l.quantity, taxCode: taxCodes.get(l.productId) ?? null })),
      attempt: reopen?.refusedAttempts ?? 0,
      reopened: Boolean(reopen),
      replaced: earlier.replaced,
      stockChanges: [...earlier.changes, ...reserved.changes],
    };
  }, TRANSACTION_OPTIONS);
}

/** Under a crowd, row locks queue: give the transaction room rather than failing shoppers at Prisma's 5 s default. */
export const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 };
