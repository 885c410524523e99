import { describe, expect, it } from "vitest";
import { seedProducts } from "../../prisma/seed/products";
import { readSpecs, SPEC_KEYS, SPEC_LABELS, specRows } from "./spec-keys";

describe("canonical spec keys", () => {
  it("every seeded device has a value for every key", () => {
    for (const product of seedProducts) {
      expect(Object.keys(product.specs).sort(), product.slug).toEqual([...SPEC_KEYS].sort());
      for (const key of SPEC_KEYS) expect(product.specs[key].trim(), `${product.slug} ${key}`).not.toBe("");
    }
  });

  it("labels each key once, in the order shoppers read", () => {
    expect(Object.keys(SPEC_LABELS)).toEqual([...SPEC_KEYS]);
    expect(new Set(Object.values(SPEC_LABELS)).size).toBe(SPEC_KEYS.length);
  });

  it("reads only canonical keys with text from the stored column", () => {
    expect(readSpecs({ weight: " 650 g ", heads: "4", warranty: "", battery: 3 })).toEqual({ weight: "650 g" });
    expect(readSpecs([{ label: "Weight", value: "650 g" }])).toEqual({});
    expect(readSpecs(null)).toEqual({});
    expect(readSpecs("weight")).toEqual({});
  });

  it("lists rows in the canonical order whatever order they were stored in", () => {
    expect(specRows({ warranty: "1 year", therapy: "Percussive massage" })).toEqual([
      { key: "therapy", label: "Therapy", value: "Percussive massage" },
      { key: "warranty", label: "Warranty", value: "1 year" },
    ]);
  });
});
