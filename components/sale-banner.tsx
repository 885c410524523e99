/** The site-wide flash-sale strip. Rendered only while the sale is live. */
export function SaleBanner({ code, maxPercentOff }: { code: string; maxPercentOff: number }) {
  return (
    <div className="bg-brand-900 px-4 py-2 text-center text-sm text-white" role="region" aria-label="Flash sale">
      Flash sale: up to {maxPercentOff}% off. Use code{" "}
      <strong className="rounded bg-white/15 px-1.5 py-0.5 font-mono tracking-wide">{code}</strong> at checkout.
    </div>
  );
}
