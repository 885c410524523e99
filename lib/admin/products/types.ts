// The back office's own product shapes: everything an editor sees, including hidden (archived) products.
import type { ProductSpecs } from "../../catalog/spec-keys";
import type { CrampSeverity } from "../../catalog/types";
import type { Refused } from "../../result";

export type AdminProductRow = {
  id: string;
  slug: string;
  sku: string;
  name: string;
  priceCents: number;
  currency: string;
  stock: number;
  reserved: number;
  lowStockThreshold: number;
  active: boolean;
  updatedAt: Date;
};

export type AdminProduct = AdminProductRow & {
  tagline: string;
  /** Markdown. */
  description: string;
  images: string[];
  /** Partial only for a product saved before every key was required. */
  specs: Partial<ProductSpecs>;
  bestFor: string;
  severity: CrampSeverity;
};

/** The fields an editor changes; what the audit log records before and after an edit. */
export type ProductFields = {
  name: string;
  tagline: string;
  description: string;
  priceCents: number;
  images: string[];
  specs: Partial<ProductSpecs>;
  bestFor: string;
  severity: CrampSeverity;
  lowStockThreshold: number;
  active: boolean;
};

export type ProductWriteRefusal = Refused<"NOT_FOUND" | "SLUG_TAKEN" | "SKU_TAKEN">;
