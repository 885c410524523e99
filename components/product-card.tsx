import { OptimizedImage } from "@/components/optimized-image";
import Link from "next/link";
import type { ProductSummary, StockState } from "@/lib/catalog";
import type { FlashSaleOffer } from "@/lib/promotions";
import { Price } from "./price";
import { FlashSalePrice } from "./product/flash-sale-price";
import { SEVERITY_EYEBROW } from "./product/severity";
import { StockStatus } from "./product/stock-status";

type Props = {
  product: ProductSummary;
  stock: StockState;
  offer?: FlashSaleOffer | null;
  /** The server's render time (ms), for the sale price that removes itself when the sale ends. */
  serverNow: number;
  /** The first cards on a page are above the fold: load their images first. */
  priority?: boolean;
};

export function ProductCard({ product, stock, offer, serverNow, priority = false }: Props) {
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition hover:border-brand-600/40 hover:shadow-md">
      <div className="overflow-hidden bg-slate-50">
        <OptimizedImage
          src={product.image}
          alt=""
          width={600}
          height={600}
          priority={priority}
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
          className="aspect-[4/3] w-full object-cover transition sm:aspect-square duration-300 group-hover:scale-[1.02]"
        />
      </div>
      <div className="flex flex-1 flex-col gap-2 p-5">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{SEVERITY_EYEBROW[product.severity]}</p>
        <h3 className="text-lg font-semibold text-slate-900">
          {/* The link covers the whole card (after:inset-0) while keeping one link per card. */}
          <Link
            href={`/products/${product.slug}`}
            className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-brand-700"
          >
            {product.name}
          </Link>
        </h3>
        <p className="text-sm text-slate-600">{product.tagline}</p>
        <div className="mt-auto space-y-1 pt-3">
          <div className="flex items-baseline justify-between gap-3">
            <Price cents={product.priceCents} currency={product.currency} className="text-lg font-semibold text-slate-900" />
            <StockStatus state={stock} />
          </div>
          {offer && <FlashSalePrice offer={offer} currency={product.currency} serverNow={serverNow} />}
        </div>
      </div>
    </article>
  );
}
