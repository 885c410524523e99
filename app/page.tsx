import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { SaleHero } from "@/components/flash-sale/sale-hero";
import { LearnMore } from "@/components/home/learn-more";
import { ProductGridSkeleton } from "@/components/product-grid-skeleton";
import { getFlashSale, isLive } from "@/lib/promotions";
import { DeviceGrid } from "./products/_components/device-grid";

export const metadata: Metadata = { alternates: { canonical: "/" } };

async function HeroSale() {
  await connection(); // whether the sale is live depends on the request's time
  const sale = await getFlashSale();
  const now = new Date();
  if (!sale || !isLive(sale, now)) return null;
  return (
    <SaleHero
      code={sale.code}
      maxPercentOff={sale.maxPercentOff}
      endsAt={sale.endsAt?.getTime() ?? null}
      serverNow={now.getTime()}
    />
  );
}

export default function HomePage() {
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
          <Suspense fallback={null}>
            <HeroSale />
          </Suspense>
        </div>
      </section>
      <section aria-labelledby="devices" className="mx-auto max-w-6xl px-4 py-12">
        <h2 id="devices" className="mb-6 text-2xl font-semibold text-slate-900">
          Our devices
        </h2>
        <Suspense fallback={<ProductGridSkeleton />}>
          <DeviceGrid />
        </Suspense>
      </section>
      <LearnMore />
    </>
  );
}
