import { describe, expect, it } from "vitest";
import { SPEC_KEYS } from "../../catalog/spec-keys";
import { SPEC_FORM_FIELDS } from "@/testing/spec-form-fields";
import { editProductSchema, newProductSchema } from "./product-input";

const valid = {
  id: "p1",
  name: " UltraGun Mini ",
  tagline: "Small and quiet",
  description: "## Light\nFits a bag.",
  price: "129.90",
  images: "/images/products/ultragun.png\n\n/images/products/ultragun-detail.png\n/images/products/ultragun.png",
  ...SPEC_FORM_FIELDS,
  bestFor: "Mild calf cramps after exercise",
  severity: "MILD_TO_MODERATE",
  lowStockThreshold: "4",
  status: "archived",
};

describe("the product form", () => {
  it("turns the typed form into cents, clean lists and spec rows", () => {
    const parsed = editProductSchema.parse(valid);
    expect(parsed).toMatchObject({
      id: "p1",
      name: "UltraGun Mini",
      priceCents: 12990,
      images: ["/images/products/ultragun.png", "/images/products/ultragun-detail.png"],
      specs: { weight: "450 g", intensity: "3 speeds", askDoctorFirst: "You are pregnant" },
      lowStockThreshold: 4,
      active: false,
    });
  });

  it("keeps exactly the canonical spec keys, whatever else the form sends", () => {
    const specs = editProductSchema.parse({ ...valid, "specs.colour": "Blue", specs: { heads: "4" } }).specs;
    expect(Object.keys(specs).sort()).toEqual([...SPEC_KEYS].sort());
  });

  it.each([
    [{ price: "twelve" }, "price", "Enter a price in dollars"],
    [{ price: "0.50" }, "price", "at least $1.00"],
    [{ name: "   " }, "name", "Enter a name"],
    [{ images: "https://evil.example/x.png" }, "images.0", "site path"],
    [{ images: "/images/../../etc/passwd.png" }, "images.0", "site path"],
    [{ "specs.weight": "  " }, "specs.weight", "Fill in “Weight”"],
    [{ "specs.battery": undefined }, "specs.battery", "Fill in “Battery”"],
    [{ "specs.warranty": "x".repeat(201) }, "specs.warranty", "under 200 characters"],
    [{ lowStockThreshold: "-1" }, "lowStockThreshold", "cannot be negative"],
    [{ lowStockThreshold: "2.5" }, "lowStockThreshold", "whole number"],
    [{ severity: "EXTREME" }, "severity", "Choose the cramps"],
    [{ status: "" }, "status", "Choose on sale or archived"],
  ])("%j is refused with a message on %s", (change, path, message) => {
    const result = editProductSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join(".") === path);
    expect(issue?.message).toContain(message);
  });

  it("a new product needs a well-formed address and SKU, normalised", () => {
    expect(newProductSchema.parse({ ...valid, slug: " UltraGun-Mini ", sku: "uc-ugmini" })).toMatchObject({ slug: "ultragun-mini", sku: "UC-UGMINI" });
    const bad = newProductSchema.safeParse({ ...valid, slug: "ultra gun!", sku: "-x" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["slug", "sku"]));
  });
});
