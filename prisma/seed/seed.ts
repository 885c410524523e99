// Idempotent demo seed: creates what is missing and leaves what exists alone, so re-running it
// never undoes an admin's edits. Used by `npm run db:seed` and by the embedded database's first start.
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import type { Db } from "../../lib/database/create-client";
import { hashPassword } from "../../lib/auth/password";
import { seedArticles } from "./articles";
import { seedPolicyPages } from "./policies";
import { productContent, seedProducts } from "./products";
import { seedShippingZones } from "./shipping-zones";

export const FLASH_SALE_CODE = "FLASHSALE";
export const PAST_CAMPAIGN_CODE = "WINTER15";
const FLASH_SALE_DAYS = 14;

export type SeedOptions = {
  adminEmail: string;
  /** Unset: a random password is generated, printed once and written to `credentialsFile`. */
  adminPassword?: string;
  credentialsFile?: string;
  now?: Date;
  log?: (line: string) => void;
};

export async function seed(db: Db, options: SeedOptions): Promise<void> {
  const now = options.now ?? new Date();
  const log = options.log ?? console.log;
  const productIds = new Map<string, string>();

  for (const product of seedProducts) {
    const existing = await db.product.findUnique({ where: { slug: product.slug }, select: { id: true } });
    if (existing) {
      productIds.set(product.slug, existing.id);
      continue;
    }
    const created = await db.product.create({
      data: {
        slug: product.slug,
        sku: product.sku,
        name: product.name,
        priceCents: product.priceCents,
        stock: product.stock,
        severity: product.severity,
        lowStockThreshold: product.lowStockThreshold,
        specs: product.specs,
        sortOrder: seedProducts.indexOf(product),
        taxCode: product.taxCode,
        ...productContent(product.slug),
        movements: { create: { delta: product.stock, reason: "SEED", note: "Opening stock" } },
      },
    });
    productIds.set(product.slug, created.id);
  }

  await db.coupon.upsert({
    where: { code: FLASH_SALE_CODE },
    update: {},
    create: {
      code: FLASH_SALE_CODE,
      description: "Flash sale: up to 75% off every device",
      kind: "PRODUCT_PERCENT",
      startsAt: new Date(now.getTime() - 24 * 3600_000),
      endsAt: new Date(now.getTime() + FLASH_SALE_DAYS * 24 * 3600_000),
      rates: {
        create: seedProducts.map((product) => ({
          productId: productIds.get(product.slug)!,
          percentOff: product.flashSalePercent,
        })),
      },
    },
  });

  // A finished campaign, so the back office shows history and shoppers who try it are told it ended.
  await db.coupon.upsert({
    where: { code: PAST_CAMPAIGN_CODE },
    update: {},
    create: {
      code: PAST_CAMPAIGN_CODE,
      description: "Winter campaign: 15% off any order",
      kind: "ORDER_PERCENT",
      percentOff: 15,
      startsAt: new Date(now.getTime() - 120 * 24 * 3600_000),
      endsAt: new Date(now.getTime() - 60 * 24 * 3600_000),
    },
  });

  for (const [index, article] of seedArticles.entries()) {
    await db.article.upsert({
      where: { slug: article.slug },
      update: {},
      create: {
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        body: article.body,
        topics: article.topics,
        published: true,
        publishedAt: new Date(now.getTime() - (seedArticles.length - index) * 86400_000),
        products: {
          create: article.relatedProductSlugs.map((slug, position) => ({
            productId: productIds.get(slug)!,
            position,
          })),
        },
      },
    });
  }

  await seedPolicies(db);
  await seedZones(db);
  await seedAdmin(db, options, log);
}

/** The shipping zones that do not exist yet (by name); a zone staff have edited keeps their rates. */
export async function seedZones(db: Db): Promise<void> {
  for (const [sortOrder, zone] of seedShippingZones.entries()) {
    await db.shippingZone.upsert({ where: { name: zone.name }, update: {}, create: { ...zone, sortOrder } });
  }
}

/** The policy pages that do not exist yet; a page staff have edited keeps their words. */
export async function seedPolicies(db: Db): Promise<void> {
  for (const page of seedPolicyPages) {
    await db.policyPage.upsert({
      where: { slug: page.slug },
      update: {},
      create: { slug: page.slug, title: page.title, summary: page.summary, body: page.body },
    });
  }
}

async function seedAdmin(db: Db, options: SeedOptions, log: (line: string) => void) {
  const email = options.adminEmail.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return;
  const password = options.adminPassword ?? randomBytes(12).toString("base64url");
  await db.user.create({
    data: { email, name: "Store admin", role: "ADMIN", passwordHash: await hashPassword(password) },
  });
  if (!options.adminPassword) {
    const where = options.credentialsFile ? ` (also saved in ${options.credentialsFile})` : "";
    log(`\n  Admin account created: ${email} / ${password}${where}\n  Set ADMIN_PASSWORD to choose your own.\n`);
    if (options.credentialsFile) {
      await writeFile(options.credentialsFile, `${email}\n${password}\n`, { mode: 0o600 });
    }
  }
}

/** Start of the embedded database: the whole demo seed when there is no product yet. */
export async function seedIfEmpty(db: Db): Promise<void> {
  if ((await db.product.count()) > 0) {
    // A database seeded before the policy pages existed gets them at its next start.
    if ((await db.policyPage.count()) < seedPolicyPages.length) await seedPolicies(db);
    // One seeded before shipping zones existed gets them too: without a zone, no cart could be checked out.
    if ((await db.shippingZone.count()) === 0) await seedZones(db);
    return;
  }
  const { env, dataPath } = await import("../../lib/env");
  const config = env();
  await seed(db, {
    adminEmail: config.ADMIN_EMAIL,
    adminPassword: config.ADMIN_PASSWORD,
    credentialsFile: dataPath("admin-credentials.txt"),
  });
}
