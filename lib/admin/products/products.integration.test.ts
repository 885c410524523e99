// Product editing against a real database: create, edit, archive, each with one audit row, and the
// storefront's own read (getProductBySlug) follows the change.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getProductBySlug } from "../../catalog/get-product-by-slug";
import { createUser } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { SPEC_FORM_FIELDS } from "@/testing/spec-form-fields";
import { createProduct } from "./create-product";
import { getAdminProductById } from "./get-admin-product";
import { listAdminProducts } from "./list-admin-products";
import { editProductSchema, newProductSchema } from "./product-input";
import { setProductActive } from "./set-product-active";
import { updateProduct } from "./update-product";

// The cached readers run as plain queries here: Next's cache exists only inside a Next server.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), cacheTag: () => {}, cacheLife: () => {} }));

const database = setupTestDatabase();
let editorId = "";
beforeAll(async () => {
  editorId = (await createUser(database.db, "INVENTORY")).id;
});

const form = {
  slug: "ultragun-mini",
  sku: "uc-ugmini",
  name: "UltraGun Mini",
  tagline: "Pocket-sized percussion for tight calves",
  description: "## Small\nA lighter gun for a gym bag.",
  price: "129.00",
  images: "/images/products/ultragun.png",
  ...SPEC_FORM_FIELDS,
  bestFor: "Mild calf cramps after a run",
  severity: "MILD_TO_MODERATE",
  lowStockThreshold: "4",
  status: "active",
};

describe("product editing", () => {
  let id = "";

  it("creates a product with no stock, last in the shop's order, and audits it", async () => {
    const result = await createProduct(newProductSchema.parse(form), editorId);
    expect(result).toMatchObject({ ok: true, slug: "ultragun-mini" });
    id = (result as { id: string }).id;
    const product = await getAdminProductById(id);
    expect(product).toMatchObject({ sku: "UC-UGMINI", priceCents: 12900, stock: 0, reserved: 0, active: true, specs: { weight: "450 g", intensity: "3 speeds" } });
    const audit = await database.db.auditLog.findMany({ where: { entityId: id } });
    expect(audit).toMatchObject([{ action: "product.create", actorId: editorId, entityType: "product", after: { sku: "UC-UGMINI", priceCents: 12900 } }]);
    // The shop shows it at once (sold out until restocked).
    expect(await getProductBySlug("ultragun-mini")).toMatchObject({ name: "UltraGun Mini", available: 0 });
  });

  it("refuses a second product with the same address or SKU", async () => {
    expect(await createProduct(newProductSchema.parse({ ...form, sku: "UC-OTHER" }), editorId)).toEqual({ ok: false, code: "SLUG_TAKEN" });
    expect(await createProduct(newProductSchema.parse({ ...form, slug: "another-one" }), editorId)).toEqual({ ok: false, code: "SKU_TAKEN" });
    expect(await database.db.product.count({ where: { OR: [{ sku: "UC-OTHER" }, { slug: "another-one" }] } })).toBe(0);
  });

  it("saves an edit and audits only the fields that changed; stock is untouched", async () => {
    await database.db.product.update({ where: { id }, data: { stock: 9 } });
    const input = editProductSchema.parse({ ...form, id, price: "99.50", tagline: "Lighter than ever", "specs.weight": "430 g" });
    expect(await updateProduct(id, input, editorId)).toEqual({ ok: true, slug: "ultragun-mini", changed: true });
    const product = await getAdminProductById(id);
    expect(product).toMatchObject({ priceCents: 9950, tagline: "Lighter than ever", specs: { weight: "430 g", intensity: "3 speeds" }, stock: 9 });
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "product.update" } });
    expect(audit.before).toMatchObject({ tagline: form.tagline, priceCents: 12900, specs: { weight: "450 g", intensity: "3 speeds" } });
    expect(audit.after).toMatchObject({ tagline: "Lighter than ever", priceCents: 9950, specs: { weight: "430 g", intensity: "3 speeds" } });
    expect(Object.keys(audit.after as object).sort()).toEqual(["priceCents", "specs", "tagline"]);
    expect(await getProductBySlug("ultragun-mini")).toMatchObject({ priceCents: 9950, available: 9 });

    // Saving the same form again changes nothing and writes no audit row.
    expect(await updateProduct(id, input, editorId)).toEqual({ ok: true, slug: "ultragun-mini", changed: false });
    expect(await database.db.auditLog.count({ where: { entityId: id, action: "product.update" } })).toBe(1);
  });

  it("archives (hidden from the shop, still listed for staff) and restores, auditing each", async () => {
    expect(await setProductActive(id, false, editorId)).toEqual({ ok: true, slug: "ultragun-mini", changed: true });
    expect(await getProductBySlug("ultragun-mini")).toBeNull();
    expect((await listAdminProducts()).find((p) => p.id === id)).toMatchObject({ active: false });
    expect(await setProductActive(id, false, editorId)).toEqual({ ok: true, slug: "ultragun-mini", changed: false });
    expect(await setProductActive(id, true, editorId)).toMatchObject({ ok: true, changed: true });
    expect(await getProductBySlug("ultragun-mini")).not.toBeNull();
    const actions = (await database.db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["product.create", "product.update", "product.archive", "product.restore"]);
  });

  it("answers NOT_FOUND for an unknown product", async () => {
    const input = editProductSchema.parse({ ...form, id: "missing" });
    expect(await updateProduct("missing", input, editorId)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await setProductActive("missing", false, editorId)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await getAdminProductById("missing")).toBeNull();
  });
});
