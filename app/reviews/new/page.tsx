import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { LinkRefused } from "@/components/account/link-refused";
import { ReviewForm } from "@/components/reviews/review-form";
import { policyPath } from "@/lib/policies";
import { getReviewInvitation, LINK_REFUSALS, REVIEW_BODY_MAX, REVIEW_BODY_MIN } from "@/lib/reviews";
import { submitReviewAction } from "./actions";

// The link carries the token: keep the page out of search engines and the token out of Referer headers.
export const metadata: Metadata = { title: "Review your order", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_WORDS = { PENDING: "waiting for our team to read it", APPROVED: "shown on the product page", REJECTED: "not published" } as const;

async function Invitation({ searchParams }: Props) {
  await connection(); // one buyer's link, read per request
  const { token } = await searchParams;
  const safeToken = typeof token === "string" ? token : undefined;
  const invitation = await getReviewInvitation(safeToken);
  if (!invitation.ok) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold text-slate-900">Review your order</h1>
        <LinkRefused reason={LINK_REFUSALS[invitation.code]}>
          Questions? <Link href={policyPath("contact")} className="font-medium text-brand-700 underline">Contact us</Link> and quote your order number.
        </LinkRefused>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold text-slate-900">Review your order {invitation.orderNumber}</h1>
      <p className="mt-2 text-slate-600">Rate each device you bought and say what you noticed. Reviews appear on the store once our team has read them.</p>
      <div className="mt-8 flex flex-col gap-6">
        {invitation.products.map((product) => (
          <section key={product.productId} aria-labelledby={`product-${product.productId}`} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 id={`product-${product.productId}`} className="mb-4 text-lg font-semibold text-slate-900">
              <Link href={`/products/${product.slug}`} className="hover:text-brand-700">
                {product.name}
              </Link>
            </h2>
            {product.review ? (
              <p className="text-sm text-slate-700">
                You rated it {product.review.rating} out of 5. Your review is {STATUS_WORDS[product.review.status]}.
              </p>
            ) : (
              <ReviewForm
                action={submitReviewAction}
                token={safeToken!}
                productId={product.productId}
                productName={product.name}
                bodyMin={REVIEW_BODY_MIN}
                bodyMax={REVIEW_BODY_MAX}
              />
            )}
          </section>
        ))}
      </div>
    </>
  );
}

export default function ReviewOrderPage(props: Props) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <Suspense fallback={<div className="h-64 animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
        <Invitation {...props} />
      </Suspense>
    </div>
  );
}
