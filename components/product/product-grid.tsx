import type { ProductOffer } from "@/lib/catalog";
import { ProductCard } from "../product-card";

export type ProductGridItem = ProductOffer;

/**
 * `eagerPictures`: how many cards' pictures load first (preloaded, never lazily). Where the grid leads the page
 * (/products) its first row is the largest paint; below a hero (home) preloading them only delays the hero.
 */
export function ProductGrid({ items, serverNow, eagerPictures = 3 }: { items: ProductGridItem[]; serverNow: number; eagerPictures?: number }) {
  if (items.length === 0) {
    return <p className="rounded-2xl bg-slate-50 p-8 text-center text-slate-600">No devices are on sale right now. Please check back soon.</p>;
  }
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item, index) => (
        <li key={item.product.id}>
          <ProductCard {...item} serverNow={serverNow} priority={index < eagerPictures} />
        </li>
      ))}
    </ul>
  );
}
