import Link from "next/link";
import { SaleHero } from "@/components/flash-sale/sale-hero";
import { ProductGrid, type ProductGridItem } from "@/components/product/product-grid";
import type { FlashSale } from "@/lib/promotions";
import { LearnMore } from "./learn-more";

type Props = {
  /** The live flash sale, or null. */
  sale: FlashSale | null;
  items: ProductGridItem[];
  /** When the sale was decided (ms): the countdown's first frame. */
  serverNow: number;
};

/** The home page below the header: the promise, the live offer, the three devices and where to learn more. */
export function HomeView({ sale, items, serverNow }: Props) {
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-12 sm:py-16 lg:grid-cols-[1fr_28rem] lg:gap-16 lg:py-20">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Portable physiotherapy</p>
            <h1 className="mt-3 max-w-2xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
              Calm, quick relief for leg and hand cramps
            </h1>
            <p className="mt-4 max-w-xl text-lg text-slate-600">
              Ultrasound therapy for stubborn, severe cramps and massage guns for the everyday kind, with guides that
              explain what your muscles are doing.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link
                href="/products"
                className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
              >
                Shop the devices
              </Link>
              <Link
                href="/guide"
                className="inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:border-brand-700 hover:text-brand-800"
              >
                Which device is right for me?
              </Link>
            </div>
          </div>
          {sale ? (
            <SaleHero code={sale.code} maxPercentOff={sale.maxPercentOff} endsAt={sale.endsAt?.getTime() ?? null} serverNow={serverNow} />
          ) : null}
        </div>
      </section>
      <section aria-labelledby="devices" className="mx-auto max-w-6xl px-4 py-12">
        <h2 id="devices" className="mb-6 text-2xl font-semibold text-slate-900">
          Our devices
        </h2>
        <ProductGrid items={items} serverNow={serverNow} eagerPictures={0} />
      </section>
      <LearnMore />
    </>
  );
}
