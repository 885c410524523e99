// Cart line writes. Each is one conditional statement, so concurrent changes to one cart (two tabs,
// double clicks) cannot push a line past the stock or the per-line limit.
import { db } from "../db";
import type { CartResult } from "./errors";
import { MAX_PER_LINE } from "./quantity";

async function explainRefusal(cartId: string, productId: string, requested: number): Promise<CartResult> {
  const product = await db.product.findUnique({ where: { id: productId }, select: { stock: true, reserved: true, active: true } });
  if (!product?.active) return { ok: false, code: "PRODUCT_UNAVAILABLE" };
  const line = await db.cartLine.findUnique({ where: { cartId_productId: { cartId, productId } }, select: { quantity: true } });
  const inCart = line?.quantity ?? 0;
  const available = Math.max(0, product.stock - product.reserved);
  if (requested > available) return { ok: false, code: "NOT_ENOUGH_STOCK", available, inCart };
  return { ok: false, code: "LINE_LIMIT", max: MAX_PER_LINE, inCart };
}

/** Adds `quantity` units (to what the line holds already). */
export async function addLine(cartId: string, productId: string, quantity: number): Promise<CartResult> {
  const rows = await db.$queryRaw<{ quantity: number }[]>`
    INSERT INTO "cart_lines" ("id", "cart_id", "product_id", "quantity", "created_at")
    SELECT gen_random_uuid()::text, ${cartId}, p."id", ${quantity}, now()
      FROM "products" p
     WHERE p."id" = ${productId} AND p."active" AND ${quantity} <= LEAST(${MAX_PER_LINE}, p."stock" - p."reserved")
    ON CONFLICT ("cart_id", "product_id") DO UPDATE
       SET "quantity" = "cart_lines"."quantity" + EXCLUDED."quantity"
     WHERE "cart_lines"."quantity" + EXCLUDED."quantity" <=
           (SELECT LEAST(${MAX_PER_LINE}, p2."stock" - p2."reserved") FROM "products" p2 WHERE p2."id" = EXCLUDED."product_id")
    RETURNING "quantity"`;
  if (rows.length) return touch(cartId);
  const existing = await db.cartLine.findUnique({ where: { cartId_productId: { cartId, productId } }, select: { quantity: true } });
  return explainRefusal(cartId, productId, (existing?.quantity ?? 0) + quantity);
}

/** Sets a line to exactly `quantity` units. */
export async function setLineQuantity(cartId: string, productId: string, quantity: number): Promise<CartResult> {
  const updated = await db.$executeRaw`
    UPDATE "cart_lines" l SET "quantity" = ${quantity}
      FROM "products" p
     WHERE l."cart_id" = ${cartId} AND l."product_id" = ${productId} AND p."id" = l."product_id"
       AND ${quantity} <= LEAST(${MAX_PER_LINE}, p."stock" - p."reserved")`;
  if (updated) return touch(cartId);
  const exists = await db.cartLine.count({ where: { cartId, productId } });
  if (!exists) return { ok: false, code: "LINE_NOT_FOUND" };
  return explainRefusal(cartId, productId, quantity);
}

export async function removeLine(cartId: string, productId: string): Promise<CartResult> {
  await db.cartLine.deleteMany({ where: { cartId, productId } });
  return touch(cartId);
}

async function touch(cartId: string): Promise<CartResult> {
  await db.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() } });
  return { ok: true };
}
