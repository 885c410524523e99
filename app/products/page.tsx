import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ProductGridSkeleton } from "@/components/product-grid-skeleton";
import { DeviceGrid } from "./_components/device-grid";

export const metadata: Metadata = {
  title: "Shop the devices",
  description:
    "Three portable devices for cramp relief: the US111 ultrasound unit for severe cramps, and the UltraGun and UltraGun PRO massage guns for milder ones.",
  alternates: { canonical: "/products" },
};

export default function ProductsPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:py-14">
      <header className="max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Shop</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Devices for cramp relief</h1>
        <p className="mt-3 text-lg text-slate-600">
          Pick by how hard your cramps hit: focused ultrasound for the severe, lingering kind, or a massage gun for
          everyday tightness in calves, thighs, forearms and hands.
        </p>
      </header>
      <section aria-labelledby="devices" className="mt-10">
        <h2 id="devices" className="sr-only">
          Our devices
        </h2>
        <Suspense fallback={<ProductGridSkeleton />}>
          <DeviceGrid />
        </Suspense>
        <p className="mt-6 text-sm">
          <Link href="/compare" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
            Compare all three devices side by side
          </Link>
        </p>
      </section>
      <aside className="mt-12 flex flex-col gap-4 rounded-2xl border border-slate-200 bg-slate-50 p-6 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="font-semibold text-slate-900">Not sure which one you need?</h2>
          <p className="mt-1 text-sm text-slate-600">A few questions about your cramps point you to the right device.</p>
        </div>
        <Link
          href="/guide"
          className="inline-flex shrink-0 items-center justify-center rounded-lg border border-brand-700 px-5 py-2.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          Open the relief guide
        </Link>
      </aside>
    </div>
  );
}
