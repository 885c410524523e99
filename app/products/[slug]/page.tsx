import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { addToCartAction } from "@/app/cart/actions";
import { JsonLd } from "@/components/json-ld";
import { ProductDetail } from "@/components/product/product-detail";
import { ProductReviews } from "@/components/reviews/product-reviews";
import { getProductBySlug, stockState } from "@/lib/catalog";
import { env } from "@/lib/env";
import { flashSaleOffer, getCurrentFlashSale } from "@/lib/promotions";
import { getProductReviews } from "@/lib/reviews";
import { absoluteUrl, productJsonLd } from "@/lib/seo";
import { homeDeliveryText, listShippingZones } from "@/lib/shipping";
import { isSlug } from "@/lib/slug";
import { requestStockAlertAction } from "@/app/stock-alerts/actions";

type Props = { params: Promise<{ slug: string }> };

/**
 * Cached whole. The build renders only the placeholder below (rejected without a database read: nothing reads
 * the database at build time); a real slug is rendered on its first request, which waits for the complete
 * page ('navigation'), so an unknown slug answers 404 and the metadata sits in <head>. Later requests get the
 * stored page until a tag it read is revalidated (stock and price changes: TAGS.products, with expire 0;
 * coupon edits: TAGS.coupons; guides: TAGS.articles; shipping zone edits: TAGS.shippingZones; a review approved or
 * rejected: TAGS.product(slug)) or the flash sale starts or ends (saleCacheLife).
 */
export const ensureStatic = "navigation";
// The page reads its param at the top, on purpose: it is cached whole, so a navigation waits for the stored
// page rather than showing a shell. Saying so stops Next's dev-time instant-navigation check from reporting it.
export const instant = false;

/** Underscores never match SLUG, so the placeholder is a 404 page and never a database read. */
const PLACEHOLDER = "__placeholder__";
export function generateStaticParams() {
  return [{ slug: PLACEHOLDER }];
}

async function readProduct(params: Props["params"]) {
  const { slug } = await params;
  if (!isSlug(slug, "product")) return null; // not a product: never reaches the cache
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

export default async function ProductPage({ params }: Props) {
  const product = await readProduct(params);
  if (!product) notFound();
  const [{ sale, at }, zones, reviews] = await Promise.all([getCurrentFlashSale(), listShippingZones(), getProductReviews(product.slug)]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
      <JsonLd data={productJsonLd(product, env().APP_URL, reviews)} />
      <ProductDetail
        product={product}
        stock={stockState(product.available)}
        offer={flashSaleOffer(sale, product, new Date(at))}
        serverNow={at}
        addToCart={addToCartAction}
        backInStock={requestStockAlertAction}
        delivery={homeDeliveryText(zones)}
      />
      <ProductReviews productName={product.name} reviews={reviews} />
    </div>
  );
}
