import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { ProductDetail } from "@/components/product/product-detail";
import { ProductDetailSkeleton } from "@/components/product/product-detail-skeleton";
import { getProductBySlug, stockState } from "@/lib/catalog";
import { env } from "@/lib/env";
import { flashSaleOffer, getFlashSale } from "@/lib/promotions";
import { absoluteUrl, productJsonLd, serializeJsonLd } from "@/lib/seo";

type Props = { params: Promise<{ slug: string }> };

/** Slugs are lower-case words and hyphens; anything else is not a product and never reaches the cache. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

async function readProduct(params: Props["params"]) {
  await connection(); // read at request time (cached by tag), never at build time
  const { slug } = await params;
  if (slug.length > 100 || !SLUG.test(slug)) return null;
  return getProductBySlug(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await readProduct(params);
  if (!product) return { title: "Product not found", robots: { index: false } };
  const baseUrl = env().APP_URL;
  const url = absoluteUrl(`/products/${product.slug}`, baseUrl);
  const images = product.images.map((image) => ({
    url: absoluteUrl(image, baseUrl),
    width: 1200,
    height: 1200,
    alt: product.name,
  }));
  return {
    title: product.name,
    description: product.tagline,
    alternates: { canonical: url },
    openGraph: { type: "website", url, title: product.name, description: product.tagline, images },
    twitter: { card: "summary_large_image", title: product.name, description: product.tagline, images: images.map((i) => i.url) },
  };
}

async function ProductSection({ params }: Props) {
  const product = await readProduct(params);
  if (!product) notFound();
  const sale = await getFlashSale();
  const now = new Date();
  const jsonLd = serializeJsonLd(productJsonLd(product, env().APP_URL));
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <ProductDetail
        product={product}
        stock={stockState(product.available)}
        offer={flashSaleOffer(sale, product, now)}
        serverNow={now.getTime()}
      />
    </>
  );
}

export default function ProductPage(props: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
      <Suspense fallback={<ProductDetailSkeleton />}>
        <ProductSection {...props} />
      </Suspense>
    </div>
  );
}
