import type { Metadata } from "next";
import { OptimizedImage } from "@/components/optimized-image";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { TopicNav, TopicSections, TopicSectionsSkeleton } from "@/components/article/learn-hub";
import { groupByPrimaryTopic, listArticles } from "@/lib/articles";

export const metadata: Metadata = {
  title: "Learn about leg and hand cramps",
  description:
    "Plain-language guides to leg and hand cramps: what sets them off, how to ease one, how to sleep through the night and when a doctor should look.",
  alternates: { canonical: "/learn" },
  openGraph: {
    type: "website",
    siteName: "UltraCare Pro",
    url: "/learn",
    title: "Learn about leg and hand cramps",
    images: ["/images/learn-hero.png"],
  },
};

async function Topics() {
  await connection(); // read at request time (cached by tag), never at build time
  const groups = groupByPrimaryTopic(await listArticles());
  if (groups.length === 0) {
    return <p className="text-slate-600">New guides are on their way. Until then, the relief guide above can point you to a device.</p>;
  }
  return (
    <>
      <TopicNav groups={groups} />
      <div className="mt-10">
        <TopicSections groups={groups} />
      </div>
    </>
  );
}

export default function LearnPage() {
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto grid max-w-6xl items-center gap-8 px-4 py-10 sm:py-14 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] lg:gap-12">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Learn</p>
            <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
              Understand your cramps, then ease them
            </h1>
            <p className="mt-4 text-lg leading-8 text-slate-600">
              Short, plain guides on why legs and hands cramp, what to do in the moment, and the habits that keep the
              next one away.
            </p>
            <div className="mt-6 rounded-2xl border border-brand-100 bg-white p-5 shadow-sm">
              <p className="font-semibold text-slate-900">Not sure where to start?</p>
              <p className="mt-1 text-sm text-slate-600">
                Answer four quick questions and get the guides to read first and the device that fits your cramps.
              </p>
              <Link
                href="/guide"
                className="mt-4 inline-flex items-center rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800"
              >
                Take the relief guide
                <span aria-hidden="true" className="ml-2">→</span>
              </Link>
            </div>
          </div>
          <OptimizedImage
            src="/images/learn-hero.png"
            alt="Illustration of a calf and a palm, each with a tight muscle marked"
            width={1600}
            height={700}
            priority
            sizes="(min-width: 1024px) 640px, 100vw"
            className="w-full rounded-3xl border border-slate-200/70 bg-slate-50"
          />
        </div>
      </section>
      <section aria-labelledby="guides-heading" className="mx-auto max-w-6xl px-4 py-10">
        <h2 id="guides-heading" className="sr-only">
          Guides by topic
        </h2>
        <Suspense fallback={<TopicSectionsSkeleton />}>
          <Topics />
        </Suspense>
      </section>
    </>
  );
}
