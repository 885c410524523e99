// Checkout under a crowd: 200 shoppers at once for 20 units, then 100 at once for a code limited to 10,
// on a real PostgreSQL server (PGlite has one connection and would only measure a queue). Reports
// p50/p95/max of createOrderFromCart (the transaction that reserves stock and holds the code) and checks
// the outcome is still exact. Writes bench/checkout-results.md. Part of `npm run bench`, not of CI.
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { seed } from "../prisma/seed/seed";
import { migrateServer } from "../lib/database/create-client";
import { db } from "../lib/db";
import { createOrderFromCart } from "../lib/orders/create-order";

const BASE = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: BASE });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

type Scenario = { name: string; shoppers: number; won: number; expectedWins: number; latencies: number[]; wallMs: number };

async function main() {
  const name = `uc_bench_checkout_${Date.now().toString(36)}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(BASE);
  url.pathname = `/${name}`;
  // The store's own client, pointed at the bench database before its first use.
  process.env.DATABASE_URL = url.toString();
  process.env.DATABASE_POOL_SIZE = "20";
  const scenarios: Scenario[] = [];
  try {
    await migrateServer(url.toString());
    await seed(db, { adminEmail: "bench@example.com", adminPassword: "bench-password-1", log: () => {} });
    const us111 = await db.product.update({ where: { slug: "us111" }, data: { stock: 20 } });

    async function crowd(label: string, shoppers: number, expectedWins: number, cartFor: (i: number) => Promise<string>) {
      const carts = await Promise.all(Array.from({ length: shoppers }, (_, i) => cartFor(i)));
      const latencies: number[] = [];
      const start = performance.now();
      const results = await Promise.all(
        carts.map(async (cartId, i) => {
          const t = performance.now();
          const result = await createOrderFromCart(cartId, { email: `bench${label}${i}@example.com` }, "STRIPE");
          latencies.push(performance.now() - t);
          return result;
        }),
      );
      scenarios.push({ name: label, shoppers, won: results.filter((r) => r.ok).length, expectedWins, latencies: latencies.sort((a, b) => a - b), wallMs: performance.now() - start });
    }

    await crowd("200 shoppers, 20 units of one device", 200, 20, async () => {
      const cart = await db.cart.create({ data: {} });
      await db.cartLine.create({ data: { cartId: cart.id, productId: us111.id, quantity: 1 } });
      return cart.id;
    });

    const sale = await db.coupon.update({ where: { code: "FLASHSALE" }, data: { maxRedemptions: 10 } });
    await crowd("100 shoppers, FLASHSALE limited to 10 (one device each)", 100, 10, async (i) => {
      const product = await db.product.create({
        data: { slug: `bench-${i}`, sku: `BENCH-${i}`, name: `Bench ${i}`, tagline: "t", description: "d", priceCents: 10000, stock: 5, bestFor: "b", severity: "MILD_TO_MODERATE" },
      });
      await db.couponProductRate.create({ data: { couponId: sale.id, productId: product.id, percentOff: 50 } });
      const cart = await db.cart.create({ data: { couponCode: "FLASHSALE" } });
      await db.cartLine.create({ data: { cartId: cart.id, productId: product.id, quantity: 1 } });
      return cart.id;
    });
    const stock = await db.product.findUniqueOrThrow({ where: { id: us111.id }, select: { stock: true, reserved: true } });

    const rows = scenarios.map((s) => {
      const exact = s.won === s.expectedWins ? "exact" : `WRONG (${s.won})`;
      return `| ${s.name} | ${s.won} of ${s.shoppers} (${exact}) | ${percentile(s.latencies, 50).toFixed(0)} | ${percentile(s.latencies, 95).toFixed(0)} | ${s.latencies.at(-1)!.toFixed(0)} | ${(s.shoppers / (s.wallMs / 1000)).toFixed(0)} |`;
    });
    const report = [
      "# Checkout under a crowd",
      "",
      "Produced by `npm run bench` (bench/checkout-latency.ts) on the PostgreSQL server; pool of 20 connections.",
      "Latency is one `createOrderFromCart` call: re-price, queue on the code, reserve stock, write the order, hold the code.",
      "The Stripe session is not included (Stripe is unreachable here; in production it adds its own round trip).",
      "",
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)}`,
      "",
      "| Scenario | Orders reserved | p50 ms | p95 ms | max ms | checkouts/s |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows,
      "",
      `After the first crowd: US111 stock ${stock.stock}, reserved ${stock.reserved} (never above stock; CHECK in the database).`,
      "",
    ].join("\n");
    await writeFile(path.join(import.meta.dirname, "checkout-results.md"), report);
    console.log(report);
  } finally {
    await db.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
