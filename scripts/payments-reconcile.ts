// `npm run payments:reconcile [-- --days 3] [-- --dry-run]`: lists paid Stripe sessions of the last days
// that have no PAID order here, and applies them (events that never arrived).
import { parseArgs } from "node:util";
import { z } from "zod";
import { db, registerEmbeddedSeeder } from "../lib/db";
import { env } from "../lib/env";
import { reconcilePayments } from "../lib/orders/reconcile-payments";
import { paymentProvider } from "../lib/payments/provider";
import { seedIfEmpty } from "../prisma/seed/seed";

async function main() {
  registerEmbeddedSeeder(seedIfEmpty); // a first start from this script fills the store as `npm run dev` would
  const { values } = parseArgs({ options: { days: { type: "string", default: "3" }, "dry-run": { type: "boolean", default: false } } });
  const parsedDays = z.coerce.number().int("--days must be a whole number").min(1, "--days must be at least 1").max(30, "--days must be at most 30").safeParse(values.days);
  if (!parsedDays.success) throw new Error(parsedDays.error.issues[0].message);
  const days = parsedDays.data;
  if (!env().STRIPE_SECRET_KEY) {
    console.log("STRIPE_SECRET_KEY is not set: test payments are applied at once, there is nothing to reconcile.");
    return;
  }
  const lines = await reconcilePayments(paymentProvider(), { days, dryRun: values["dry-run"] });
  if (!lines.length) console.log(`No paid session of the last ${days} day(s) is missing its order.`);
  for (const line of lines) console.log(`${line.sessionId}  order ${line.orderNumber ?? line.orderId ?? "?"}  ${line.outcome}`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
