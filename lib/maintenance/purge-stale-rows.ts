// Deletes rows nobody will read again, for the scheduled job: carts left alone for 60 days (their lines go
// with them through the foreign key's ON DELETE CASCADE) and rate-limit windows that have ended.
import "server-only";
import { db } from "../db";

/** A cart nobody changed for this long is abandoned; a shopper's change (line, quantity, code) moves its updated_at. */
export const CART_RETENTION_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeResult = { cartsDeleted: number; rateLimitRowsDeleted: number };

/**
 * One statement per table, each a single conditional DELETE: a cart changed or a limit hit while the job runs
 * fails the re-checked condition and stays. A cart that a pending order still points at stays too, since
 * that order's payment may still arrive and empty it; orders that are over keep their row, their cart_id
 * set to null by the foreign key.
 */
export async function purgeStaleRows(now = new Date()): Promise<PurgeResult> {
  const cartCutoff = new Date(now.getTime() - CART_RETENTION_DAYS * DAY_MS);
  const cartsDeleted = await db.$executeRaw`
    DELETE FROM "carts" c
     WHERE c."updated_at" < ${cartCutoff}
       AND NOT EXISTS (SELECT 1 FROM "orders" o WHERE o."cart_id" = c."id" AND o."status" = 'PENDING')`;
  // hitRateLimit starts a new window once reset_at has passed, so such a row counts nothing any more.
  const rateLimitRowsDeleted = await db.$executeRaw`DELETE FROM "rate_limits" WHERE "reset_at" <= ${now}`;
  return { cartsDeleted, rateLimitRowsDeleted };
}
