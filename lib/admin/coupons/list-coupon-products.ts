import "server-only";
import { db } from "../../db";

export type CouponProduct = { id: string; name: string; priceCents: number; currency: string; active: boolean };

/** The products a coupon form can name (hidden ones too, marked), in catalog order. */
export async function listCouponProducts(): Promise<CouponProduct[]> {
  return db.product.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, priceCents: true, currency: true, active: true },
  });
}
