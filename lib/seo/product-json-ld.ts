import { absoluteUrl } from "./absolute-url";
import { decimalAmount } from "./decimal-amount";

export type ProductJsonLdInput = {
  slug: string;
  sku: string;
  name: string;
  tagline: string;
  images: string[];
  priceCents: number;
  currency: string;
  available: number;
};

/** Approved reviews only; `summary` is null when there are none. */
export type ReviewsJsonLdInput = {
  summary: { average: number; count: number } | null;
  reviews: { rating: number; body: string; firstName: string | null; publishedAt: string }[];
};

/** The label a review carries when its buyer gave no name; also the author's name in the markup. */
export const VERIFIED_BUYER = "Verified buyer";

/**
 * schema.org Product with its Offer, for search engines. The price is the list price: the sale needs a code.
 * aggregateRating and review appear only with at least one approved review: search engines treat a rating
 * of nothing (or one the page does not show) as misleading markup.
 */
export function productJsonLd(product: ProductJsonLdInput, baseUrl: string, reviews?: ReviewsJsonLdInput) {
  const url = absoluteUrl(`/products/${product.slug}`, baseUrl);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.tagline,
    sku: product.sku,
    image: product.images.map((image) => absoluteUrl(image, baseUrl)),
    brand: { "@type": "Brand", name: "UltraCare Pro" },
    url,
    offers: {
      "@type": "Offer",
      url,
      price: decimalAmount(product.priceCents, product.currency),
      priceCurrency: product.currency.toUpperCase(),
      availability: product.available > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
    },
    ...(reviews?.summary ? reviewsJsonLd(reviews.summary, reviews.reviews) : {}),
  };
}

function reviewsJsonLd(summary: NonNullable<ReviewsJsonLdInput["summary"]>, reviews: ReviewsJsonLdInput["reviews"]) {
  return {
    aggregateRating: { "@type": "AggregateRating", ratingValue: summary.average, reviewCount: summary.count, bestRating: 5, worstRating: 1 },
    review: reviews.map((review) => ({
      "@type": "Review",
      reviewRating: { "@type": "Rating", ratingValue: review.rating, bestRating: 5, worstRating: 1 },
      author: { "@type": "Person", name: review.firstName ?? VERIFIED_BUYER },
      reviewBody: review.body,
      datePublished: review.publishedAt.slice(0, 10),
    })),
  };
}
