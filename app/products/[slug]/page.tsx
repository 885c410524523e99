import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { Price } from "@/components/price";
import { getProductBySlug } from "@/lib/catalog";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const product = await getProductBySlug((await params).slug);
  if (!product) return { title: "Product not found" };
  return {
    title: product.name,
    description: product.tagline,
    alternates: { canonical: `/products/${product.slug}` },
    openGraph: { images: [product.image] },
  };
}

async function ProductDetails({ params }: Props) {
  await connection();
  const product = await getProductBySlug((await params).slug);
  if (!product) notFound();
  return (
    <div className="grid gap-10 md:grid-cols-2">
      <Image
        src={product.image}
        alt={product.name}
        width={800}
        height={800}
        priority
        sizes="(min-width: 768px) 50vw, 100vw"
        className="aspect-square w-full rounded-2xl bg-slate-50 object-cover"
      />
      <div>
        <h1 className="text-3xl font-bold text-slate-900">{product.name}</h1>
        <p className="mt-2 text-lg text-slate-600">{product.tagline}</p>
        <p className="mt-6 text-2xl font-semibold text-slate-900">
          <Price cents={product.priceCents} currency={product.currency} />
        </p>
        <p className="mt-4 text-slate-700">{product.bestFor}</p>
        <dl className="mt-8 divide-y divide-slate-200 border-y border-slate-200 text-sm">
          {product.specs.map((spec) => (
            <div key={spec.label} className="grid grid-cols-3 gap-4 py-2">
              <dt className="font-medium text-slate-900">{spec.label}</dt>
              <dd className="col-span-2 text-slate-600">{spec.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

export default function ProductPage(props: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <Suspense fallback={<div className="h-96 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <ProductDetails {...props} />
      </Suspense>
    </div>
  );
}
