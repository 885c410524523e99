import Link from "next/link";
import { DeviceCard, type DeviceCardData } from "@/components/article/device-card";
import { ReadingTime } from "@/components/article/reading-time";
import type { ArticleSummary } from "@/lib/articles";
import type { GuideRecommendation } from "@/lib/guide";
import { DEVICE_REASON_TEXT, DOCTOR_TEXT } from "./guide-copy";

type Props = {
  recommendation: GuideRecommendation;
  /** Undefined when the device is not on sale right now. */
  device: DeviceCardData | undefined;
  articles: ArticleSummary[];
  /** The comparison page with these answers, so it marks the fitting device. */
  compareHref: string;
};

export function GuideResult({ recommendation, device, articles, compareHref }: Props) {
  const doctor = recommendation.doctor === "none" ? null : DOCTOR_TEXT[recommendation.doctor];
  return (
    <section id="result" aria-labelledby="result-heading" className="scroll-mt-6 space-y-8">
      <h2 id="result-heading" className="text-2xl font-semibold text-slate-900">
        Your suggestions
      </h2>

      {doctor && (
        <div
          className={
            recommendation.doctor === "see-a-doctor"
              ? "rounded-2xl border-2 border-amber-400 bg-amber-50 p-5 text-amber-950"
              : "rounded-2xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950"
          }
        >
          <h3 className={recommendation.doctor === "see-a-doctor" ? "text-lg font-semibold" : "font-semibold"}>
            {doctor.title}
          </h3>
          <p className="mt-1 leading-6">{doctor.body}</p>
          <Link href="/learn/when-to-see-a-doctor" className="mt-2 inline-block font-medium underline underline-offset-2">
            When to see a doctor
          </Link>
        </div>
      )}

      <div>
        <h3 className="text-lg font-semibold text-slate-900">A device to consider</h3>
        <p className="mt-1 max-w-2xl text-slate-600">{DEVICE_REASON_TEXT[recommendation.deviceReason]}</p>
        <div className="mt-4 max-w-md">
          {device ? (
            <DeviceCard device={device} headingLevel={4} />
          ) : (
            <p className="text-sm text-slate-600">
              This device is not available right now. <Link href="/" className="text-brand-700 underline">See our devices</Link>.
            </p>
          )}
        </div>
        <p className="mt-4 text-sm">
          <Link href={compareHref} className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900">
            Compare all three devices
          </Link>
        </p>
      </div>

      <div>
        <h3 className="text-lg font-semibold text-slate-900">Guides to read, in this order</h3>
        <ol className="mt-4 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
          {articles.map((article, index) => (
            <li key={article.slug} className="relative flex gap-4 p-4 hover:bg-slate-50 sm:p-5">
              <span
                aria-hidden="true"
                className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-800"
              >
                {index + 1}
              </span>
              <div className="min-w-0">
                <h4 className="font-semibold text-slate-900">
                  <Link href={`/learn/${article.slug}`} className="after:absolute after:inset-0 hover:text-brand-800">
                    {article.title}
                  </Link>
                </h4>
                <p className="mt-1 text-sm leading-6 text-slate-600">{article.summary}</p>
                <p className="mt-1 text-xs font-medium text-slate-500">
                  <ReadingTime minutes={article.readingMinutes} />
                </p>
              </div>
            </li>
          ))}
        </ol>
      </div>

      <p className="rounded-xl bg-slate-50 p-4 text-sm leading-6 text-slate-600">
        <strong className="font-semibold text-slate-800">This is not a diagnosis.</strong> The guide follows a few simple
        rules about where, how strong and how often your cramps are. It cannot know your health, your medicines or the
        cause of your cramps; only a doctor can.
      </p>
    </section>
  );
}
