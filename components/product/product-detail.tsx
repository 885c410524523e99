import Link from "next/link";
import type { ComponentProps } from "react";
import type { ProductDetail as Product } from "@/lib/catalog";
import { ProductDescription } from "./product-description";
import { imageAttributes, preloadImage } from "../optimized-image";
import { ProductGallery, type GalleryPicture } from "./product-gallery";
import { ProductPurchase } from "./product-purchase";
import { RelatedArticles } from "./related-articles";
import { SEVERITY_EYEBROW } from "./severity";
import { SpecTable } from "./spec-table";
import { SuitsPanel } from "./suits-panel";

type Props = Omit<ComponentProps<typeof ProductPurchase>, "product"> & { product: Product };

/** The whole product page below the header: gallery and buying on top, the details and guides below. */
export function ProductDetail({ product, stock, offer, serverNow, addToCart, delivery, backInStock }: Props) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-6 text-sm text-slate-500">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link href="/products" className="hover:text-brand-700">
              Shop
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <span aria-current="page" className="text-slate-700">
              {product.name}
            </span>
          </li>
        </ol>
      </nav>

      <div className="grid gap-8 md:grid-cols-2 lg:gap-12">
        <ProductGallery pictures={galleryPictures(product.name, product.images)} />
        <div className="flex flex-col gap-6">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{SEVERITY_EYEBROW[product.severity]}</p>
            <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{product.name}</h1>
            <p className="mt-3 text-lg text-slate-600">{product.tagline}</p>
          </div>
          <ProductPurchase product={product} stock={stock} offer={offer} serverNow={serverNow} addToCart={addToCart} delivery={delivery} backInStock={backInStock} />
          <SuitsPanel severity={product.severity} bestFor={product.bestFor} />
        </div>
      </div>

      <div className="mt-16 grid gap-12 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="text-2xl font-semibold text-slate-900">
            About the {product.name}
          </h2>
          <div className="mt-4">
            <ProductDescription markdown={product.description} />
          </div>
        </section>
        <section aria-labelledby="specs-heading">
          <h2 id="specs-heading" className="text-2xl font-semibold text-slate-900">
            Specifications
          </h2>
          <div className="mt-4">
            <SpecTable specs={product.specs} />
          </div>
          <p className="mt-3 text-xs text-slate-500">SKU {product.sku}</p>
        </section>
      </div>

      <RelatedArticles articles={product.relatedArticles} />
    </>
  );
}

/** The gallery's <img> attributes; the first picture is the page's largest paint: preloaded, fetched first. */
function galleryPictures(name: string, images: string[]): GalleryPicture[] {
  const pictures = images.map((src, index) => ({
    main: imageAttributes({
      src,
      alt: images.length > 1 ? `${name}, picture ${index + 1} of ${images.length}` : name,
      width: 1200,
      height: 1200,
      priority: index === 0,
      sizes: "(min-width: 1152px) 544px, (min-width: 768px) 50vw, 100vw",
      className: "aspect-square w-full object-cover",
    }),
    // A fixed 96 CSS px: the srcset offers 1x and 2x only.
    thumb: imageAttributes({ src, alt: "", width: 96, height: 96, className: "size-full object-cover" }),
  }));
  if (pictures[0]) preloadImage(pictures[0].main);
  return pictures;
}
