import { OptimizedImage } from "@/components/optimized-image";
import Link from "next/link";

/** Two ways in for shoppers who want to understand their cramps before buying. */
export function LearnMore() {
  return (
    <section aria-labelledby="start-here" className="mx-auto max-w-6xl px-4 pt-8 pb-4 sm:pt-12">
      <h2 id="start-here" className="text-2xl font-semibold text-slate-900">
        Not sure where to start?
      </h2>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <Link
          href="/guide"
          className="group flex flex-col justify-between gap-6 rounded-2xl bg-brand-900 p-6 text-white transition hover:bg-brand-800 sm:p-8"
        >
          <div>
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-100">Relief guide</p>
            <p className="mt-2 text-2xl font-semibold">Find the device that fits your cramps</p>
            <p className="mt-3 text-brand-100">
              Tell us where the cramps strike, how strong they feel and how often they come back. We suggest a device,
              and say so plainly when a doctor should take a look first.
            </p>
          </div>
          <div className="space-y-6">
            <ul className="flex flex-wrap gap-2 text-sm" aria-label="What the guide asks">
              {["Legs or hands?", "How strong?", "How often?", "At night?"].map((question) => (
                <li key={question} className="rounded-full bg-white/10 px-3 py-1 text-brand-50 ring-1 ring-white/20">
                  {question}
                </li>
              ))}
            </ul>
            <span className="flex items-center gap-2 font-semibold">
              Start the guide <span aria-hidden="true" className="transition group-hover:translate-x-0.5">→</span>
            </span>
          </div>
        </Link>
        <Link
          href="/learn"
          className="group flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white transition hover:border-brand-600/40 hover:shadow-md"
        >
          <OptimizedImage
            src="/images/learn-hero.png"
            alt=""
            width={1600}
            height={700}
            sizes="(min-width: 768px) 560px, 100vw"
            className="aspect-[5/2] w-full object-cover"
          />
          <div className="flex flex-1 flex-col justify-between gap-4 p-6 sm:p-8">
            <div>
              <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Education hub</p>
              <p className="mt-2 text-2xl font-semibold text-slate-900">Understand leg and hand cramps</p>
              <p className="mt-3 text-slate-600">
                Clear articles on what tightens a muscle, why nights are worse, what eases a cramp in the moment and
                how to make the next one less likely.
              </p>
            </div>
            <span className="inline-flex items-center gap-2 font-semibold text-brand-700">
              Browse the guides <span aria-hidden="true" className="transition group-hover:translate-x-0.5">→</span>
            </span>
          </div>
        </Link>
      </div>
    </section>
  );
}
