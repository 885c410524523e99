-- CreateEnum
CREATE TYPE "StockAlertStatus" AS ENUM ('PENDING', 'CONFIRMED', 'SENT', 'UNSUBSCRIBED');

-- CreateTable
CREATE TABLE "stock_alerts" (
    "id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "status" "StockAlertStatus" NOT NULL DEFAULT 'PENDING',
    "confirm_token_hash" TEXT NOT NULL,
    "requested_at" TIMESTAMP(3) NOT NULL,
    "confirmed_at" TIMESTAMP(3),
    "sent_at" TIMESTAMP(3),
    "unsubscribed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stock_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "stock_alerts_confirm_token_hash_key" ON "stock_alerts"("confirm_token_hash");

-- CreateIndex
CREATE INDEX "stock_alerts_status_product_id_idx" ON "stock_alerts"("status", "product_id");

-- CreateIndex
CREATE UNIQUE INDEX "stock_alerts_product_id_email_key" ON "stock_alerts"("product_id", "email");

-- AddForeignKey
ALTER TABLE "stock_alerts" ADD CONSTRAINT "stock_alerts_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Checks Prisma cannot express (added by hand)
ALTER TABLE "stock_alerts" ADD CONSTRAINT "stock_alerts_email_lowercase_check" CHECK ("email" = lower(btrim("email")));
