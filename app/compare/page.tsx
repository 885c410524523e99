import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { CompareTable } from "@/components/compare/compare-table";
import { listComparison } from "@/lib/catalog";
import { deviceFit, guideQuery, isDeviceSlug, parseGuideAnswers } from "@/lib/guide";
import { FLASH_SALE_CODE, flashSaleOffer, getCurrentFlashSale } from "@/lib/promotions";

export const metadata: Metadata = {
  title: "Compare devices",
  description:
    "The US111, UltraGun and UltraGun PRO side by side: therapy, intensity, timer, battery, weight, what is in the box, warranty, today's price and which cramps each suits.",
  alternates: { canonical: "/compare" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The shell (heading, words) is prerendered; the table is rendered per request from the tagged caches (the
 * devices: TAGS.products; the sale: TAGS.coupons and its own lifetime), never at build time, like /learn.
 * Arriving from the relief guide, its answers (the guide's own query fields) mark the fitting column; anything
 * that is not a full, valid set of answers is ignored and the plain comparison is shown.
 */
async function Comparison({ searchParams }: Props) {
  await connection();
  const [products, { sale, at }, parsed] = await Promise.all([listComparison(), getCurrentFlashSale(), searchParams.then(parseGuideAnswers)]);
  const fits = parsed.kind === "answered" ? deviceFit(parsed.answers) : null;
  const devices = products.map((product) => ({
    product,
    offer: flashSaleOffer(sale, product, new Date(at)),
    fit: fits && isDeviceSlug(product.slug) ? fits[product.slug] : null,
  }));
  if (devices.length === 0) {
    return <p className="rounded-2xl bg-slate-50 p-8 text-center text-slate-600">No devices are on sale right now. Please check back soon.</p>;
  }
  return (
    <>
      {parsed.kind === "answered" ? (
        <p className="mb-6 text-sm text-slate-600">
          Marked from your relief guide answers.{" "}
          <Link href={`/guide?${guideQuery(parsed.answers)}#result`} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
            Back to your suggestions
          </Link>
        </p>
      ) : null}
      <p className="mb-2 text-xs text-slate-500 sm:hidden">Swipe the table sideways to see all three.</p>
      <CompareTable devices={devices} saleCode={FLASH_SALE_CODE} serverNow={at} />
    </>
  );
}

export default function ComparePage(props: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:py-14">
      <header className="max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Shop</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Compare devices</h1>
        <p className="mt-3 text-lg text-slate-600">
          Focused ultrasound for severe cramps, or a massage gun for the milder kind: the same questions answered for each.
        </p>
      </header>
      <div className="mt-10">
        <Suspense fallback={<div className="h-[36rem] animate-pulse rounded-2xl bg-slate-50" aria-hidden="true" />}>
          <Comparison {...props} />
        </Suspense>
      </div>
      <p className="mt-10 text-sm text-slate-600">
        Not sure which row matters most for you?{" "}
        <Link href="/guide" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
          Take the relief guide
        </Link>
        .
      </p>
    </div>
  );
}
