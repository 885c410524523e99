// The product form's specifications, through its server action as the browser sends them: every canonical
// key must be filled, each missing one is answered under its own field, and nothing is saved until all are.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SPEC_KEYS } from "@/lib/catalog/spec-keys";
import { seed } from "@/prisma/seed/seed";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { updateProductAction } from "./actions";

vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), updateTag: () => {} }));

const database = setupTestDatabase();
let editorId = "";

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  editorId = (await createUser(database.db, "INVENTORY")).id;
});
afterEach(stopActing);

/** The edit form for the seeded UltraGun, as the page fills it, with `changes` typed over it. */
async function ultragunForm(changes: Record<string, string | null>) {
  const product = await database.db.product.findUniqueOrThrow({ where: { slug: "ultragun" } });
  const specs = product.specs as Record<string, string>;
  const fields: Record<string, string | null> = {
    id: product.id,
    name: product.name,
    tagline: product.tagline,
    description: product.description,
    price: (product.priceCents / 100).toFixed(2),
    images: product.images.join("\n"),
    bestFor: product.bestFor,
    severity: product.severity,
    lowStockThreshold: String(product.lowStockThreshold),
    status: "active",
    ...Object.fromEntries(SPEC_KEYS.map((key) => [`specs.${key}`, specs[key]])),
    ...changes,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== null) data.set(key, value);
  return { product, data };
}

describe("the product form's specifications", () => {
  it("refuses a missing or blank key under its own field and saves nothing", async () => {
    actAs(editorId);
    const { product, data } = await ultragunForm({ "specs.battery": null, "specs.warranty": "   ", "specs.weight": "600 g" });
    const result = await updateProductAction(undefined, data);
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const fieldErrors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(fieldErrors).toEqual({ "specs.battery": ["Fill in “Battery”."], "specs.warranty": ["Fill in “Warranty”."] });
    expect((await database.db.product.findUniqueOrThrow({ where: { id: product.id } })).specs).toEqual(product.specs);
  });

  it("saves a full set, and only the canonical keys", async () => {
    actAs(editorId);
    const { product, data } = await ultragunForm({ "specs.weight": "600 g", "specs.colour": "Blue" });
    expect(await updateProductAction(undefined, data)).toMatchObject({ ok: true });
    const saved = (await database.db.product.findUniqueOrThrow({ where: { id: product.id } })).specs;
    expect(saved).toEqual({ ...(product.specs as object), weight: "600 g" });
  });
});
