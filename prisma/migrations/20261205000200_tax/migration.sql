-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "tax_cents" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "products" ADD COLUMN     "tax_code" TEXT;

-- Hand-written: tax is never negative.
ALTER TABLE "orders" ADD CONSTRAINT "orders_tax_cents_check" CHECK ("tax_cents" >= 0);

-- Hand-written: the seeded devices get Stripe's "General - Tangible Goods" code (see prisma/seed/products.ts).
UPDATE "products" SET "tax_code" = 'txcd_99999999' WHERE "sku" IN ('UC-US111', 'UC-UG1', 'UC-UGPRO') AND "tax_code" IS NULL;
