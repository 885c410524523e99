import { connection } from "next/server";
import { ProductGrid } from "@/components/product/product-grid";
import { listProductOffers } from "@/lib/catalog";

/** The grid rendered at request time (the /products page, whose shell is prerendered without a database). */
export async function DeviceGrid() {
  await connection(); // read at request time (cached by tag), never at build time
  const { items, at } = await listProductOffers();
  return <ProductGrid items={items} serverNow={at} />;
}
