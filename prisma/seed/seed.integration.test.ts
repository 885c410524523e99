import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { setupTestDatabase } from "../../testing/setup-test-database";
import { seedPolicyPages } from "./policies";
import { seed, seedIfEmpty } from "./seed";
import { seedShippingZones } from "./shipping-zones";

const database = setupTestDatabase();
const now = new Date("2026-11-26T12:00:00Z");

describe("the demo seed", () => {
  it("creates the three devices, FLASHSALE, the articles and an admin", async () => {
    const logged: string[] = [];
    const credentialsFile = path.join(await mkdtemp(path.join(tmpdir(), "seed-")), "admin.txt");
    await seed(database.db, { adminEmail: "Owner@Shop.test", now, credentialsFile, log: (l) => logged.push(l) });

    const products = await database.db.product.findMany({ orderBy: { sortOrder: "asc" } });
    expect(products.map((p) => p.slug)).toEqual(["us111", "ultragun", "ultragun-pro"]);
    for (const p of products) {
      expect(p.priceCents).toBeGreaterThan(0);
      expect(p.stock).toBeGreaterThan(0);
      expect(p.images.length).toBeGreaterThan(0);
      const opening = await database.db.inventoryMovement.findMany({ where: { productId: p.id } });
      expect(opening).toEqual([expect.objectContaining({ delta: p.stock, reason: "SEED" })]);
    }
    expect(products.find((p) => p.slug === "us111")!.severity).toBe("SEVERE");

    const sale = await database.db.coupon.findUniqueOrThrow({ where: { code: "FLASHSALE" }, include: { rates: true } });
    const rates = sale.rates.map((r) => r.percentOff).sort((a, b) => a - b);
    expect(rates).toHaveLength(3);
    expect(rates[0]).toBeGreaterThanOrEqual(40);
    expect(rates.at(-1)).toBe(75);
    expect(sale.startsAt.getTime()).toBeLessThan(now.getTime());
    expect(sale.endsAt!.getTime()).toBeGreaterThan(now.getTime());

    expect(await database.db.article.count({ where: { published: true } })).toBeGreaterThanOrEqual(3);

    const policies = await database.db.policyPage.findMany({ select: { slug: true, title: true } });
    expect(policies.map((p) => p.slug).sort()).toEqual(["contact", "privacy", "returns", "shipping", "terms", "warranty"]);

    const zones = await database.db.shippingZone.findMany({ orderBy: { sortOrder: "asc" } });
    expect(zones.map((z) => z.name)).toEqual(["United States", "Canada", "United Kingdom and EU", "Australia and New Zealand"]);
    expect(zones[0]).toMatchObject({ countries: ["US"], rateCents: 995, freeShippingOverCents: 15000, active: true });
    expect(zones[2].countries).toHaveLength(28); // the United Kingdom and the 27 EU members

    const admin = await database.db.user.findUniqueOrThrow({ where: { email: "owner@shop.test" } });
    expect(admin.role).toBe("ADMIN");
    const [, password] = (await readFile(credentialsFile, "utf8")).trim().split("\n");
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(await verifyPassword(password, admin.passwordHash!)).toBe(true);
    expect(logged.join("\n")).toContain(password);
  });

  it("is idempotent and keeps an admin's edits", async () => {
    await database.db.product.update({ where: { slug: "ultragun" }, data: { priceCents: 14900 } });
    await database.db.policyPage.update({ where: { slug: "returns" }, data: { body: "Returns within 45 days, edited by staff." } });
    const counts = async () => ({
      products: await database.db.product.count(),
      movements: await database.db.inventoryMovement.count(),
      coupons: await database.db.coupon.count(),
      rates: await database.db.couponProductRate.count(),
      articles: await database.db.article.count(),
      policyPages: await database.db.policyPage.count(),
      shippingZones: await database.db.shippingZone.count(),
      users: await database.db.user.count(),
    });
    const before = await counts();
    await seed(database.db, { adminEmail: "owner@shop.test", adminPassword: "another-password", now, log: () => {} });
    expect(await counts()).toEqual(before);
    expect((await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } })).priceCents).toBe(14900);
    expect((await database.db.policyPage.findUniqueOrThrow({ where: { slug: "returns" } })).body).toBe("Returns within 45 days, edited by staff.");
  });

  it("gives a store seeded before the policy pages existed the missing pages at its next start, keeping the rest", async () => {
    await database.db.policyPage.delete({ where: { slug: "privacy" } });
    const products = await database.db.product.count();
    await seedIfEmpty(database.db);
    expect(await database.db.policyPage.findUnique({ where: { slug: "privacy" } })).toMatchObject({ title: "Privacy" });
    expect((await database.db.policyPage.findUniqueOrThrow({ where: { slug: "returns" } })).body).toBe("Returns within 45 days, edited by staff.");
    expect(await database.db.product.count()).toBe(products);
  });

  it("states each seeded zone's rate, free-shipping threshold and delivery time on the shipping policy page", () => {
    const dollars = (cents: number) => `$${cents % 100 === 0 ? cents / 100 : (cents / 100).toFixed(2)}`;
    const body = seedPolicyPages.find((page) => page.slug === "shipping")!.body;
    for (const zone of seedShippingZones) {
      const row = `| ${dollars(zone.rateCents)} | ${zone.freeShippingOverCents === null ? "never" : dollars(zone.freeShippingOverCents)} | ${zone.minDays} to ${zone.maxDays} business days |`;
      expect(body, zone.name).toContain(row);
    }
  });

  it("gives a store seeded before shipping zones existed the zones at its next start", async () => {
    await database.db.shippingZone.deleteMany();
    await seedIfEmpty(database.db);
    expect(await database.db.shippingZone.count()).toBe(4);
  });
});
