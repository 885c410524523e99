import "server-only";
import { db } from "../../db";
import { toAdminProduct } from "./to-admin-product";
import type { AdminProduct } from "./types";

/** One product for the editor, archived or not; null for an unknown id. */
export async function getAdminProductById(id: string): Promise<AdminProduct | null> {
  const product = await db.product.findUnique({ where: { id } });
  return product ? toAdminProduct(product) : null;
}
