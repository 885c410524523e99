import type { Metadata } from "next";
import { GuideForm } from "@/components/guide/guide-form";
import { GuideResult } from "@/components/guide/guide-result";
import { listArticles } from "@/lib/articles";
import { listProducts } from "@/lib/catalog";
import { guideQuery, parseGuideAnswers, recommend } from "@/lib/guide";

export const metadata: Metadata = {
  title: "Relief guide: find what helps your cramps",
  description:
    "Four quick questions about your leg or hand cramps, and the guides and device that fit your answers. Not a diagnosis.",
  alternates: { canonical: "/guide" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Rendered in full before the response starts (no Suspense boundary; `instant = false` allows the
 * route to block): streamed Suspense content only appears through an inline script, and this form
 * must work without JavaScript. The reads below are cached by tag; the answers come from the URL.
 */
export const instant = false;

async function Guide({ searchParams }: Props) {
  const parsed = parseGuideAnswers(await searchParams);
  if (parsed.kind === "unanswered") return <GuideForm />;
  if (parsed.kind === "invalid") return <GuideForm values={parsed.values} errors={parsed.errors} />;

  const recommendation = recommend(parsed.answers);
  const [products, articles] = await Promise.all([listProducts(), listArticles()]);
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  return (
    <div className="space-y-14">
      <GuideResult
        recommendation={recommendation}
        device={products.find((product) => product.slug === recommendation.device)}
        articles={recommendation.articles.flatMap((slug) => bySlug.get(slug) ?? [])}
        compareHref={`/compare?${guideQuery(parsed.answers)}`}
      />
      <section aria-labelledby="change-heading" className="border-t border-slate-200 pt-10">
        <h2 id="change-heading" className="mb-4 text-xl font-semibold text-slate-900">
          Change your answers
        </h2>
        <GuideForm values={parsed.answers} />
      </section>
    </div>
  );
}

export default function GuidePage(props: Props) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Relief guide</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Find what helps your cramps</h1>
      <p className="mt-4 text-lg leading-8 text-slate-600">
        Four quick questions. We will point you to the guides worth reading first and the device that fits, and tell you
        plainly when a doctor is the better next step.
      </p>
      <div className="mt-10">
        <Guide {...props} />
      </div>
    </div>
  );
}
