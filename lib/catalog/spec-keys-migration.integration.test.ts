// The data migration that rewrote products.specs from free-form label rows to the canonical keys: the seeded
// devices end with every key, an editor's rows win over the seed, and a second run changes nothing.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedProducts } from "../../prisma/seed/products";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { readSpecs, SPEC_KEYS } from "./spec-keys";

const database = setupTestDatabase();
const MIGRATION = path.resolve(import.meta.dirname, "../../prisma/migrations/20261205000400_canonical_spec_keys/migration.sql");

/** The seed's rows as they were before the migration. */
const OLD_ULTRAGUN = [
  { label: "Therapy", value: "Percussive massage" },
  { label: "Speeds", value: "3" },
  { label: "Heads", value: "4 interchangeable" },
  { label: "Battery", value: "Up to 3 hours per charge" },
  { label: "Weight", value: "650 g" },
  { label: "Warranty", value: "1 year" },
];

async function product(slug: string, specs: unknown) {
  const base = { tagline: "t", description: "d", priceCents: 1000, bestFor: "b", severity: "MILD_TO_MODERATE" as const };
  await database.db.product.create({ data: { ...base, slug, sku: slug.toUpperCase(), name: slug, specs: specs as object } });
}

const specsOf = async (slug: string) => (await database.db.product.findUniqueOrThrow({ where: { slug } })).specs;

describe("migration 20261205000400_canonical_spec_keys", () => {
  it("rewrites every product's rows to the canonical keys", async () => {
    await product("ultragun", OLD_ULTRAGUN);
    // An editor changed the PRO's rows: theirs win, the seed fills the keys they lack.
    await product("ultragun-pro", [{ label: "Weight", value: "700 g" }, { label: "speeds ", value: "7 speeds" }]);
    // Not a seeded device: known labels move under their key, the rest is dropped.
    await product("ultragun-mini", [{ label: "Weight", value: "450 g" }, { label: "Colour", value: "Blue" }, { label: "Warranty", value: "" }, "junk"]);

    const sql = await readFile(MIGRATION, "utf8");
    await database.db.$executeRawUnsafe(sql);

    const seededUltraGun = seedProducts.find((p) => p.slug === "ultragun")!.specs;
    expect(await specsOf("ultragun")).toEqual(seededUltraGun);
    const pro = readSpecs(await specsOf("ultragun-pro"));
    expect(Object.keys(pro).sort()).toEqual([...SPEC_KEYS].sort());
    expect(pro).toMatchObject({ weight: "700 g", intensity: "7 speeds", therapy: "Percussive massage" });
    expect(await specsOf("ultragun-mini")).toEqual({ weight: "450 g" });

    // Run again (a second instance racing the first): nothing changes.
    const before = await database.db.product.findMany({ orderBy: { id: "asc" }, select: { id: true, specs: true } });
    await database.db.$executeRawUnsafe(sql);
    expect(await database.db.product.findMany({ orderBy: { id: "asc" }, select: { id: true, specs: true } })).toEqual(before);
  });
});
