import { ApplySaleCodeLink } from "./flash-sale/apply-sale-code-link";
import { SaleCountdown } from "./flash-sale/sale-countdown";
import { UntilSaleEnds } from "./flash-sale/until-sale-ends";

/**
 * The strip's height on two lines (phones) and on one (from 640 px), its "Apply" button included: a placeholder
 * of it keeps the page still.
 */
export const SALE_STRIP_HEIGHT = "min-h-[63px] sm:min-h-[40px]";

type Props = {
  code: string;
  maxPercentOff: number;
  /** ms since the epoch; null: the sale has no end date. */
  endsAt: number | null;
  /** The server's time when it answered (ms): the countdown's first frame if rendered on the server. */
  serverNow: number;
};

/** The site-wide flash-sale strip. Rendered only while the sale is live; removes itself when it ends. */
export function SaleBanner({ code, maxPercentOff, endsAt, serverNow }: Props) {
  return (
    <UntilSaleEnds endsAt={endsAt} serverNow={serverNow}>
      <div
        className={`flex items-center bg-brand-900 px-4 py-2 text-center text-sm text-white ${SALE_STRIP_HEIGHT}`}
        role="region"
        aria-label="Flash sale"
      >
        <p className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-center gap-x-2 gap-y-0.5">
          <span>
            <span className="hidden sm:inline">Flash sale: u</span>
            <span className="sm:hidden">U</span>p to {maxPercentOff}% off with code{" "}
            <strong className="rounded bg-white/15 px-1.5 py-0.5 font-mono tracking-wide">{code}</strong>
          </span>
          {/* On phones the second line: the time left and the one-tap button share it, so the strip keeps its height. */}
          <span className="flex basis-full items-center justify-center gap-x-2 text-brand-100 sm:basis-auto">
            {endsAt !== null && (
              <span>
                <span aria-hidden="true" className="hidden sm:inline">
                  ·{" "}
                </span>
                Ends in{" "}
                <SaleCountdown endsAt={endsAt} serverNow={serverNow} variant="inline" className="font-semibold text-white" />
              </span>
            )}
            <ApplySaleCodeLink code={code} tone="dark" className="px-2.5 py-1 text-xs leading-4" />
          </span>
        </p>
      </div>
    </UntilSaleEnds>
  );
}
