import { connection } from "next/server";
import { ProductGrid } from "@/components/product/product-grid";
import { listProducts, stockState } from "@/lib/catalog";
import { flashSaleOffer, getFlashSale } from "@/lib/promotions";

/** The active devices with stock and flash-sale price, read at request time from the tagged caches. */
export async function DeviceGrid() {
  await connection(); // read at request time (cached by tag), never at build time
  const [products, sale] = await Promise.all([listProducts(), getFlashSale()]);
  const now = new Date();
  const items = products.map((product) => ({
    product,
    stock: stockState(product.available),
    offer: flashSaleOffer(sale, product, now),
  }));
  return <ProductGrid items={items} serverNow={now.getTime()} />;
}
