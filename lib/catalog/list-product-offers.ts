import "server-only";
import { flashSaleOffer, getCurrentFlashSale, type FlashSaleOffer } from "../promotions";
import { listProducts } from "./list-products";
import { stockState } from "./stock-state";
import type { ProductSummary, StockState } from "./types";

export type ProductOffer = { product: ProductSummary; stock: StockState; offer: FlashSaleOffer | null };

/** The active devices with stock and flash-sale price, from the tagged caches; `at` is the sale's decision time. */
export async function listProductOffers(): Promise<{ items: ProductOffer[]; at: number }> {
  const [products, { sale, at }] = await Promise.all([listProducts(), getCurrentFlashSale()]);
  const items = products.map((product) => ({
    product,
    stock: stockState(product.available),
    offer: flashSaleOffer(sale, product, new Date(at)),
  }));
  return { items, at };
}
