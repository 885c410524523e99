-- Orders released because their hold ended (not by a shopper or staff) were stored as CANCELLED before
-- EXPIRED existed. A separate migration: PostgreSQL lets a new enum value be used only after the
-- transaction that added it has committed.
UPDATE "orders" SET "status" = 'EXPIRED'
 WHERE "status" = 'CANCELLED' AND "paid_at" IS NULL
   AND "cancel_reason" IN ('expired', 'payment_failed', 'session_failed', 'session_unconfirmed');
