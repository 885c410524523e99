// The product page's reviews: the average and count, then the approved reviews, each marked as from a buyer
// (only people the store sent an invitation after shipping can write one). Plain text: nothing is HTML.
import type { ProductReviews as Reviews } from "@/lib/reviews";
import { ratingSummaryText } from "@/lib/reviews/rating-summary";
import { VERIFIED_BUYER } from "@/lib/seo/product-json-ld";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function Stars({ rating }: { rating: number }) {
  return (
    <span aria-hidden="true" className="tracking-wide text-amber-500">
      {"★".repeat(rating)}
      <span className="text-slate-300">{"★".repeat(5 - rating)}</span>
    </span>
  );
}

export function ProductReviews({ productName, reviews: { summary, reviews } }: { productName: string; reviews: Reviews }) {
  return (
    <section aria-labelledby="reviews-heading" className="mt-16">
      <h2 id="reviews-heading" className="text-2xl font-semibold text-slate-900">
        Reviews
      </h2>
      {summary ? (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-slate-700">
          <Stars rating={Math.round(summary.average)} />
          <span data-testid="rating-summary">{ratingSummaryText(summary)}</span>
        </p>
      ) : (
        <p className="mt-2 text-slate-600">No reviews of the {productName} yet. Buyers are invited to write one once their order has arrived.</p>
      )}
      {reviews.length > 0 ? (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {reviews.map((review) => (
            <li key={review.id} className="rounded-2xl border border-slate-200 bg-white p-5">
              <p className="flex items-center gap-2 text-sm">
                <Stars rating={review.rating} />
                <span className="sr-only">Rated {review.rating} out of 5</span>
              </p>
              <p className="mt-3 whitespace-pre-line break-words text-slate-800">{review.body}</p>
              <p className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
                {review.firstName ? <span className="font-medium text-slate-900">{review.firstName}</span> : null}
                <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">{VERIFIED_BUYER}</span>
                <time dateTime={review.publishedAt}>{dateFormat.format(new Date(review.publishedAt))}</time>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
