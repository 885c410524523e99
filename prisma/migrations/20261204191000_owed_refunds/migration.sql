-- CreateTable
CREATE TABLE "owed_refunds" (
    "id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "payment_id" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "refunded_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "owed_refunds_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "owed_refunds_payment_id_key" ON "owed_refunds"("payment_id");

-- CreateIndex
CREATE INDEX "owed_refunds_order_id_idx" ON "owed_refunds"("order_id");

-- CreateIndex
CREATE INDEX "owed_refunds_refunded_at_idx" ON "owed_refunds"("refunded_at");

-- AddForeignKey
ALTER TABLE "owed_refunds" ADD CONSTRAINT "owed_refunds_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Checks (added by hand: Prisma cannot express them)
ALTER TABLE "owed_refunds" ADD CONSTRAINT "owed_refunds_amount_cents_check" CHECK ("amount_cents" > 0);
