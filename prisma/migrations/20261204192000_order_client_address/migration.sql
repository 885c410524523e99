-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "client_address" TEXT;

-- CreateIndex
CREATE INDEX "orders_client_address_status_idx" ON "orders"("client_address", "status");
