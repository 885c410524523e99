-- AlterTable
ALTER TABLE "carts" ADD COLUMN     "destination_country" TEXT;

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "delivery_max_days" INTEGER,
ADD COLUMN     "shipping_country" TEXT;

-- CreateTable
CREATE TABLE "shipping_zones" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countries" TEXT[],
    "rate_cents" INTEGER NOT NULL,
    "free_shipping_over_cents" INTEGER,
    "min_days" INTEGER NOT NULL,
    "max_days" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "shipping_zones_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "shipping_zones_name_key" ON "shipping_zones"("name");

-- Checks Prisma cannot express.
ALTER TABLE "shipping_zones" ADD CONSTRAINT "shipping_zones_countries_check" CHECK (cardinality("countries") >= 1 AND array_to_string("countries", ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$');
ALTER TABLE "shipping_zones" ADD CONSTRAINT "shipping_zones_money_check" CHECK ("rate_cents" >= 0 AND ("free_shipping_over_cents" IS NULL OR "free_shipping_over_cents" >= 0));
ALTER TABLE "shipping_zones" ADD CONSTRAINT "shipping_zones_days_check" CHECK ("min_days" >= 1 AND "max_days" >= "min_days");
ALTER TABLE "carts" ADD CONSTRAINT "carts_destination_country_check" CHECK ("destination_country" IS NULL OR "destination_country" ~ '^[A-Z]{2}$');
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipping_country_check" CHECK ("shipping_country" IS NULL OR "shipping_country" ~ '^[A-Z]{2}$');
ALTER TABLE "orders" ADD CONSTRAINT "orders_delivery_max_days_check" CHECK ("delivery_max_days" IS NULL OR "delivery_max_days" >= 1);
