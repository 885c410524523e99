// When a guest with a cart signs in, their lines join the account's cart: quantities are added and
// capped by the per-line limit and the stock that is free, and the guest cart is deleted. A destination the
// guest chose is the latest word on where the order goes, so it replaces the account cart's.
import { db } from "../db";
import { MAX_PER_LINE } from "./quantity";

/** Returns the id of the account's cart after the merge. */
export async function mergeGuestCart(guestCartId: string, userId: string): Promise<string> {
  return db.$transaction(async (tx) => {
    // Lock the guest cart; if another request merged it already, there is nothing left to do.
    const guest = await tx.$queryRaw<{ id: string; coupon_code: string | null; destination_country: string | null }[]>`
      SELECT "id", "coupon_code", "destination_country" FROM "carts" WHERE "id" = ${guestCartId} AND "user_id" IS NULL FOR UPDATE`;
    const owned = await tx.cart.findUnique({ where: { userId }, select: { id: true, couponCode: true } });
    if (!guest.length) return owned?.id ?? (await tx.cart.create({ data: { userId } })).id;
    if (!owned) {
      await tx.cart.update({ where: { id: guestCartId }, data: { userId } });
      return guestCartId;
    }
    await tx.$executeRaw`
      INSERT INTO "cart_lines" ("id", "cart_id", "product_id", "quantity", "created_at")
      SELECT gen_random_uuid()::text, ${owned.id}, g."product_id",
             LEAST(g."quantity", ${MAX_PER_LINE}, GREATEST(p."stock" - p."reserved", 1)), now()
        FROM "cart_lines" g JOIN "products" p ON p."id" = g."product_id"
       WHERE g."cart_id" = ${guestCartId}
      ON CONFLICT ("cart_id", "product_id") DO UPDATE
         SET "quantity" = GREATEST(1, LEAST("cart_lines"."quantity" + EXCLUDED."quantity", ${MAX_PER_LINE},
             (SELECT GREATEST(p2."stock" - p2."reserved", "cart_lines"."quantity") FROM "products" p2 WHERE p2."id" = EXCLUDED."product_id")))`;
    if (!owned.couponCode && guest[0].coupon_code) {
      await tx.cart.update({ where: { id: owned.id }, data: { couponCode: guest[0].coupon_code } });
    }
    if (guest[0].destination_country) {
      await tx.cart.update({ where: { id: owned.id }, data: { destinationCountry: guest[0].destination_country } });
    }
    await tx.cart.delete({ where: { id: guestCartId } });
    return owned.id;
  });
}
