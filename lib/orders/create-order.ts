// Turns a cart into a PENDING order, in one transaction: the cart is priced again from the database,
// the code re-checked, every line's stock reserved with a conditional update (in product-id order, so
// two carts never deadlock), and a limited code held with one conditional insert. If any of it fails,
// nothing is reserved or held.
import { randomUUID } from "node:crypto";
import { customerKey, loadCouponRules } from "../coupons";
import { withRetry } from "../database/retry";
import { db } from "../db";
import { env } from "../env";
import { priceCart, type CouponError } from "../pricing";
import { newOrderNumber } from "./order-number";

export type CheckoutCustomer = { userId?: string; email: string };

export type CreateOrderError =
  | { code: "CART_EMPTY" }
  | { code: "CART_NEEDS_ATTENTION" }
  | { code: "OUT_OF_STOCK"; productName: string; available: number }
  | { code: "COUPON"; error: CouponError };

export type CreatedOrder = { id: string; number: string; totalCents: number };

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
): Promise<{ ok: true; order: CreatedOrder } | { ok: false; error: CreateOrderError }> {
  try {
    return { ok: true, order: await withRetry(() => attempt(cartId, customer, provider, now)) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.refusal };
    throw error;
  }
}

async function attempt(cartId: string, customer: CheckoutCustomer, provider: "STRIPE" | "TEST", now: Date): Promise<CreatedOrder> {
  const config = env();
  const email = customer.email.trim().toLowerCase();
  const holdExpiresAt = new Date(now.getTime() + config.CHECKOUT_HOLD_MINUTES * 60_000);
  // The code's rules are read before the transaction (to price); its limits are enforced inside it.
  const code = (await db.cart.findUnique({ where: { id: cartId }, select: { couponCode: true } }))?.couponCode ?? null;
  const coupon = code ? await loadCouponRules(code, { userId: customer.userId, email }, now) : null;

  return db.$transaction(async (tx) => {
    const cart = await tx.cart.findUnique({
      where: { id: cartId },
      include: { lines: { include: { product: true }, orderBy: { productId: "asc" } } },
    });
    if (!cart || cart.lines.length === 0) throw new Refusal({ code: "CART_EMPTY" });
    if (cart.lines.some((l) => !l.product.active)) throw new Refusal({ code: "CART_NEEDS_ATTENTION" });

    const priced = priceCart({
      lines: cart.lines.map((l) => ({ productId: l.productId, unitPriceCents: l.product.priceCents, quantity: l.quantity })),
      coupon,
      enteredCode: code ?? undefined,
      now,
      shipping: { flatCents: config.SHIPPING_FLAT_CENTS, freeThresholdCents: config.FREE_SHIPPING_THRESHOLD_CENTS },
    });
    if (priced.couponError) throw new Refusal({ code: "COUPON", error: priced.couponError });
    // Holders of a code queue on its row first (before any row that references it is written), so each
    // one's count below sees every hold committed before it. NO KEY UPDATE does not block the foreign-key
    // checks of orders and redemptions that point at the coupon, so the queue cannot deadlock with them.
    if (priced.appliedCoupon) {
      await tx.$queryRaw`SELECT 1 FROM "coupons" WHERE "code" = ${priced.appliedCoupon.code} FOR NO KEY UPDATE`;
    }

    // Reserve every line, or none: a refused line aborts the whole transaction.
    for (const line of cart.lines) {
      const reserved = await tx.$executeRaw`
        UPDATE "products" SET "reserved" = "reserved" + ${line.quantity}, "updated_at" = now()
         WHERE "id" = ${line.productId} AND "active" AND "stock" - "reserved" >= ${line.quantity}`;
      if (reserved === 0) {
        const fresh = await tx.product.findUniqueOrThrow({ where: { id: line.productId }, select: { stock: true, reserved: true } });
        throw new Refusal({ code: "OUT_OF_STOCK", productName: line.product.name, available: Math.max(0, fresh.stock - fresh.reserved) });
      }
    }

    const pricedById = new Map(priced.lines.map((l) => [l.productId, l]));
    const order = await tx.order.create({
      data: {
        number: newOrderNumber(),
        userId: customer.userId,
        cartId,
        email,
        currency: cart.lines[0].product.currency,
        subtotalCents: priced.subtotalCents,
        discountCents: priced.discountCents,
        shippingCents: priced.shippingCents,
        totalCents: priced.totalCents,
        couponCode: priced.appliedCoupon?.code,
        provider,
        holdExpiresAt,
        lines: {
          create: cart.lines.map((l) => {
            const p = pricedById.get(l.productId)!;
            return {
              productId: l.productId,
              productName: l.product.name,
              sku: l.product.sku,
              unitPriceCents: p.unitPriceCents,
              quantity: p.quantity,
              discountCents: p.discountCents,
              totalCents: p.totalCents,
            };
          }),
        },
        events: { create: { type: "created", message: "Order placed; stock reserved while payment is pending." } },
      },
    });

    if (priced.appliedCoupon) {
      const couponRow = await tx.coupon.findUniqueOrThrow({ where: { code: priced.appliedCoupon.code }, select: { id: true } });
      await tx.order.update({ where: { id: order.id }, data: { couponId: couponRow.id } });
      const key = customerKey({ userId: customer.userId, email })!;
      const held = await tx.$executeRaw`
        INSERT INTO "coupon_redemptions" ("id", "coupon_id", "order_id", "user_id", "customer_key", "status", "expires_at", "created_at")
        SELECT ${randomUUID()}, c."id", ${order.id}, ${customer.userId ?? null}, ${key}, 'HELD', ${holdExpiresAt}, now()
          FROM "coupons" c
         WHERE c."id" = ${couponRow.id}
           AND (c."max_redemptions" IS NULL OR c."max_redemptions" > (
                SELECT count(*) FROM "coupon_redemptions" r WHERE r."coupon_id" = c."id"
                   AND (r."status" = 'REDEEMED' OR (r."status" = 'HELD' AND r."expires_at" > ${now}))))
           AND (c."max_per_customer" IS NULL OR c."max_per_customer" > (
                SELECT count(*) FROM "coupon_redemptions" r WHERE r."coupon_id" = c."id" AND r."customer_key" = ${key}
                   AND (r."status" = 'REDEEMED' OR (r."status" = 'HELD' AND r."expires_at" > ${now}))))`;
      if (held === 0) {
        const [{ used, limit }] = await tx.$queryRaw<{ used: number; limit: number | null }[]>`
          SELECT c."max_redemptions" AS "limit", (SELECT count(*)::int FROM "coupon_redemptions" r WHERE r."coupon_id" = c."id"
                   AND (r."status" = 'REDEEMED' OR (r."status" = 'HELD' AND r."expires_at" > ${now}))) AS "used"
            FROM "coupons" c WHERE c."id" = ${couponRow.id}`;
        const usedUp = limit !== null && used >= limit;
        throw new Refusal({
          code: "COUPON",
          error: usedUp
            ? { code: "COUPON_USED_UP", couponCode: priced.appliedCoupon.code }
            : { code: "COUPON_ALREADY_USED", couponCode: priced.appliedCoupon.code, maxPerCustomer: coupon?.maxPerCustomer ?? 1 },
        });
      }
    }
    return { id: order.id, number: order.number, totalCents: order.totalCents };
  }, TRANSACTION_OPTIONS);
}

/** Under a crowd, row locks queue: give the transaction room rather than failing shoppers at Prisma's 5 s default. */
export const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 };
