-- Per-customer coupon limits now count one key per person: the normalised e-mail (trimmed, lower case,
-- `+tag` removed from the local part), for an account and for guest orders alike. Keys written before were
-- the account id for signed-in shoppers, else the lower-cased e-mail: rewrite them, so that uses made before
-- this change still count. An account id becomes its user's e-mail; an id whose account was deleted becomes
-- the order's e-mail. The rule is the one in lib/coupons/customer-key.ts (normalizeCustomerEmail).
UPDATE "coupon_redemptions" AS r
   SET "customer_key" = regexp_replace(lower(btrim(k."email")), '^([^+]+)\+.*(@[^@]*)$', '\1\2')
  FROM (
    SELECT r2."id",
           CASE
             WHEN u."id" IS NOT NULL AND r2."customer_key" = u."id" THEN u."email"
             WHEN position('@' IN r2."customer_key") > 0 THEN r2."customer_key"
             ELSE o."email"
           END AS "email"
      FROM "coupon_redemptions" AS r2
      JOIN "orders" AS o ON o."id" = r2."order_id"
      LEFT JOIN "users" AS u ON u."id" = r2."user_id"
  ) AS k
 WHERE k."id" = r."id";
