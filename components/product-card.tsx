import Image from "next/image";
import Link from "next/link";
import type { ProductSummary } from "@/lib/catalog";
import { Price } from "./price";

const SUITS = { SEVERE: "For severe cramps", MILD_TO_MODERATE: "For mild to moderate cramps" } as const;

export function ProductCard({ product }: { product: ProductSummary }) {
  return (
    <article className="group flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={`/products/${product.slug}`} className="flex flex-1 flex-col">
        <Image
          src={product.image}
          alt={product.name}
          width={600}
          height={600}
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
          className="aspect-square w-full bg-slate-50 object-cover"
        />
        <div className="flex flex-1 flex-col gap-2 p-5">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{SUITS[product.severity]}</p>
          <h3 className="text-lg font-semibold text-slate-900">{product.name}</h3>
          <p className="text-sm text-slate-600">{product.tagline}</p>
          <p className="mt-auto pt-2 text-lg font-semibold text-slate-900">
            <Price cents={product.priceCents} currency={product.currency} />
          </p>
        </div>
      </Link>
    </article>
  );
}
