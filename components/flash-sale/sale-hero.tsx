import { ApplySaleCodeLink } from "./apply-sale-code-link";
import { SaleCountdown } from "./sale-countdown";
import { UntilSaleEnds } from "./until-sale-ends";

type Props = { code: string; maxPercentOff: number; endsAt: number | null; serverNow: number };

/** The home page's flash-sale card: the offer, the code and the time left. Removes itself when the sale ends. */
export function SaleHero({ code, maxPercentOff, endsAt, serverNow }: Props) {
  return (
    <UntilSaleEnds endsAt={endsAt} serverNow={serverNow}>
      <div className="rounded-3xl bg-white p-6 shadow-sm ring-1 ring-brand-100 sm:p-8" data-testid="sale-hero">
        <p className="inline-flex items-center gap-2 rounded-full bg-amber-50 px-3 py-1 text-xs font-semibold uppercase tracking-wide text-amber-800 ring-1 ring-amber-200">
          <span aria-hidden="true" className="size-1.5 rounded-full bg-accent-500" />
          Limited-time offer
        </p>
        <p className="mt-4 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">Up to {maxPercentOff}% off</p>
        <p className="mt-3 text-slate-600">
          Every device is reduced. Enter{" "}
          <strong className="rounded-md bg-brand-50 px-2 py-0.5 font-mono text-base tracking-wider text-brand-800 ring-1 ring-brand-100">
            {code}
          </strong>{" "}
          at checkout.
        </p>
        <ApplySaleCodeLink code={code} className="mt-5 px-5 py-3" />
        {endsAt !== null && (
          <div className="mt-6">
            <p className="text-sm font-medium text-slate-700">Ends in</p>
            <SaleCountdown endsAt={endsAt} serverNow={serverNow} className="mt-2" />
          </div>
        )}
      </div>
    </UntilSaleEnds>
  );
}
