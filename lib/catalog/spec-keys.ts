// The specification rows every device answers, in the order a shopper reads them. One list for the product
// page's table, the comparison page's rows and the back office's fields, so no device can leave a row out
// or name it differently. The column `products.specs` holds an object of these keys (migration
// 20261205000400_canonical_spec_keys rewrote the old free-form label rows into it).
import type { ProductSpec } from "./types";

export const SPEC_KEYS = [
  "therapy",
  "intensity",
  "sessionTimer",
  "battery",
  "weight",
  "inTheBox",
  "warranty",
  "askDoctorFirst",
] as const;

export type SpecKey = (typeof SPEC_KEYS)[number];

/** A device's full set of specifications: every key, each a short text. */
export type ProductSpecs = Record<SpecKey, string>;

export const SPEC_LABELS: Record<SpecKey, string> = {
  therapy: "Therapy",
  intensity: "Intensity levels",
  sessionTimer: "Session timer",
  battery: "Battery",
  weight: "Weight",
  inTheBox: "In the box",
  warranty: "Warranty",
  askDoctorFirst: "Ask a doctor first if…",
};

/** Longest value a spec may hold: one line in a table cell. */
export const MAX_SPEC_VALUE_LENGTH = 200;

/**
 * The stored column as far as it can be trusted: canonical keys with non-empty text, nothing else. It is JSON
 * an editor fills through a validated form, but a row written before the keys existed must not break a page.
 */
export function readSpecs(value: unknown): Partial<ProductSpecs> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const stored = value as Record<string, unknown>;
  const specs: Partial<ProductSpecs> = {};
  for (const key of SPEC_KEYS) {
    const text = stored[key];
    if (typeof text === "string" && text.trim() !== "") specs[key] = text.trim();
  }
  return specs;
}

/** The specs as labelled rows in the canonical order, skipping keys without a value. */
export function specRows(specs: Partial<ProductSpecs>): ProductSpec[] {
  return SPEC_KEYS.flatMap((key) => {
    const value = specs[key];
    return value ? [{ key, label: SPEC_LABELS[key], value }] : [];
  });
}
