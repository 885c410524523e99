// When a product's free stock (on hand minus reserved) falls to its low-stock threshold, the INVENTORY
// staff get one e-mail. The "once" is a conditional update of low_stock_notified_at, so concurrent sales
// cannot send it twice; a restock above the threshold re-arms it.
import { db } from "../db";
import { requestLogger } from "../log/request-logger";
import { sendMail } from "../mail/send-mail";

export type LowStockAlert = { productId: string; name: string; available: number; threshold: number };

export async function notifyLowStock(now = new Date()): Promise<LowStockAlert[]> {
  await db.$executeRaw`
    UPDATE "products" SET "low_stock_notified_at" = NULL
     WHERE "low_stock_notified_at" IS NOT NULL AND "stock" - "reserved" > "low_stock_threshold"`;
  const crossed = await db.$queryRaw<LowStockAlert[]>`
    UPDATE "products" SET "low_stock_notified_at" = ${now}
     WHERE "low_stock_notified_at" IS NULL AND "active" AND "stock" - "reserved" <= "low_stock_threshold"
    RETURNING "id" AS "productId", "name", ("stock" - "reserved") AS "available", "low_stock_threshold" AS "threshold"`;
  if (!crossed.length) return [];
  const staff = await db.user.findMany({ where: { role: "INVENTORY" }, select: { email: true } });
  const lines = crossed.map((p) => `- ${p.name}: ${p.available} available (alert at ${p.threshold})`);
  for (const { email } of staff) {
    await sendMail({
      to: email,
      subject: crossed.length === 1 ? `Low stock: ${crossed[0].name}` : `Low stock: ${crossed.length} devices`,
      text: ["These devices reached their low-stock threshold:", "", ...lines, "", "Restock them from the back office: Inventory."].join("\n"),
    });
  }
  return crossed;
}

/** For callers after a sale or an adjustment: an alert must never fail the change that caused it. */
export async function notifyLowStockSafely(): Promise<void> {
  await notifyLowStock().catch(async (error) => (await requestLogger()).error({ err: error }, "low-stock alert failed"));
}
