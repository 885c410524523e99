import { connection } from "next/server";
import { ProductGrid, type ProductGridItem } from "@/components/product/product-grid";
import { listProducts, stockState } from "@/lib/catalog";
import { flashSaleOffer, getCurrentFlashSale } from "@/lib/promotions";

/** The active devices with stock and flash-sale price, from the tagged caches; `at` is the sale's decision time. */
export async function readDeviceGrid(): Promise<{ items: ProductGridItem[]; at: number }> {
  const [products, { sale, at }] = await Promise.all([listProducts(), getCurrentFlashSale()]);
  const items = products.map((product) => ({
    product,
    stock: stockState(product.available),
    offer: flashSaleOffer(sale, product, new Date(at)),
  }));
  return { items, at };
}

/** The grid rendered at request time (the /products page, whose shell is prerendered without a database). */
export async function DeviceGrid() {
  await connection(); // read at request time (cached by tag), never at build time
  const { items, at } = await readDeviceGrid();
  return <ProductGrid items={items} serverNow={at} />;
}
