import { OptimizedImage } from "@/components/optimized-image";
import Link from "next/link";
import { Price } from "@/components/price";

export type DeviceCardData = {
  slug: string;
  name: string;
  tagline: string;
  priceCents: number;
  currency: string;
  image: string;
  severity: "SEVERE" | "MILD_TO_MODERATE";
};

const SUITS = { SEVERE: "For severe cramps", MILD_TO_MODERATE: "For mild to moderate cramps" } as const;

/** A compact device card: image beside the words, so it fits a sidebar or a phone. */
export function DeviceCard({ device, headingLevel = 3 }: { device: DeviceCardData; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="group relative flex h-full gap-4 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm transition hover:border-brand-600/40 hover:shadow-md">
      <OptimizedImage
        src={device.image}
        alt=""
        width={96}
        height={96}
        className="size-24 shrink-0 rounded-xl bg-slate-50 object-cover"
      />
      <div className="flex min-w-0 flex-col justify-center">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{SUITS[device.severity]}</p>
        <Heading className="mt-1 font-semibold text-slate-900">
          <Link href={`/products/${device.slug}`} className="after:absolute after:inset-0 after:rounded-2xl group-hover:text-brand-800">
            {device.name}
          </Link>
        </Heading>
        <p className="mt-0.5 line-clamp-2 text-sm text-slate-600">{device.tagline}</p>
        <p className="mt-1 font-semibold text-slate-900">
          <Price cents={device.priceCents} currency={device.currency} />
        </p>
      </div>
    </article>
  );
}
