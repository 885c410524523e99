import "server-only";
import { db } from "../../db";
import { toAdminProductRow } from "./to-admin-product";
import type { AdminProductRow } from "./types";

/** Every product, archived ones included: on-sale first, then in the shop's own order. */
export async function listAdminProducts(): Promise<AdminProductRow[]> {
  const products = await db.product.findMany({ orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }] });
  return products.map(toAdminProductRow);
}
