import { Suspense } from "react";
import { connection } from "next/server";
import { ProductCard } from "@/components/product-card";
import { ProductGridSkeleton } from "@/components/product-grid-skeleton";
import { listProducts } from "@/lib/catalog";

async function Devices() {
  await connection(); // read at request time (cached by tag), never at build time
  const products = await listProducts();
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}

export default function HomePage() {
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Portable physiotherapy</p>
          <h1 className="mt-3 max-w-2xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
            Calm, quick relief for leg and hand cramps
          </h1>
          <p className="mt-4 max-w-xl text-lg text-slate-600">
            Ultrasound therapy for stubborn, severe cramps and massage guns for the everyday kind, with guides that
            explain what your muscles are doing.
          </p>
        </div>
      </section>
      <section aria-labelledby="devices" className="mx-auto max-w-6xl px-4 py-12">
        <h2 id="devices" className="mb-6 text-2xl font-semibold text-slate-900">Our devices</h2>
        <Suspense fallback={<ProductGridSkeleton />}>
          <Devices />
        </Suspense>
      </section>
    </>
  );
}
